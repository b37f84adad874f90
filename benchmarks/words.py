"""Word lists for the synthetic corpora: written by hand, no downloads.

The vocabulary is that of a political-science article (institutions, policies,
regions, rights), so that generated sentences read like the article's own and the
glossary's multi-word terms share their first words with ordinary prose, as real
terms do ("regional", "human", "national" start many terms and many sentences).
"""

from __future__ import annotations

NOUNS = (
    "agency", "agreement", "alliance", "approach", "archive", "assembly", "authority", "autonomy",
    "border", "budget", "bureaucracy", "campaign", "capacity", "census", "charter", "citizen",
    "coalition", "commission", "community", "compromise", "concession", "conference", "conflict",
    "consensus", "constitution", "contract", "convention", "cooperation", "corridor", "council",
    "court", "crisis", "custom", "debate", "decree", "delegation", "democracy", "development",
    "dialogue", "diaspora", "diplomacy", "discourse", "dispute", "doctrine", "economy", "election",
    "elite", "embassy", "empire", "enterprise", "exchange", "faction", "framework", "freedom",
    "frontier", "government", "grievance", "guarantee", "heritage", "hierarchy", "identity",
    "ideology", "influence", "initiative", "institution", "interest", "investment", "journalist",
    "judiciary", "labour", "landscape", "language", "law", "leadership", "legacy", "legislation",
    "legitimacy", "loan", "market", "media", "memory", "migration", "militia", "minister",
    "ministry", "minority", "mission", "mobilisation", "model", "monitoring", "movement",
    "narrative", "negotiation", "network", "norm", "observer", "opposition", "order", "organisation",
    "parliament", "partnership", "party", "patronage", "periphery", "petition", "pipeline",
    "platform", "policy", "population", "power", "practice", "presidency", "press", "principle",
    "programme", "project", "propaganda", "protest", "province", "railway", "reform", "regime",
    "region", "relation", "repression", "republic", "resistance", "revenue", "revolution", "right",
    "rivalry", "route", "rule", "sanction", "scholar", "security", "sovereignty", "stability",
    "state", "statute", "strategy", "strike", "succession", "summit", "surveillance", "system",
    "tariff", "territory", "testimony", "trade", "tradition", "treaty", "tribunal", "union",
    "university", "uprising", "village", "violence", "water", "worker", "youth",
)  # fmt: skip

ADJECTIVES = (
    "administrative", "agrarian", "ambiguous", "authoritarian", "bilateral", "central", "civic",
    "civil", "coercive", "collective", "commercial", "communal", "competitive", "conservative",
    "constitutional", "contested", "cultural", "customary", "democratic", "diplomatic", "domestic",
    "dominant", "durable", "early", "economic", "electoral", "emerging", "ethnic", "external",
    "federal", "financial", "foreign", "formal", "fragile", "global", "historical", "human",
    "ideological", "independent", "informal", "institutional", "internal", "international",
    "judicial", "legal", "legislative", "liberal", "local", "long", "major", "military", "modern",
    "moral", "multilateral", "municipal", "mutual", "national", "neighbouring", "new", "official",
    "open", "parliamentary", "partial", "peaceful", "personal", "pluralist", "political", "popular",
    "post-Soviet", "presidential", "private", "provincial", "public", "radical", "rapid", "recent",
    "regional", "religious", "rural", "secular", "social", "sovereign", "strategic", "strong",
    "structural", "symbolic", "technical", "territorial", "traditional", "transnational",
    "unequal", "universal", "urban", "violent", "weak", "western",
)  # fmt: skip

#: (base, third person singular, past, past participle)
VERBS = (
    ("accept", "accepts", "accepted", "accepted"),
    ("adopt", "adopts", "adopted", "adopted"),
    ("announce", "announces", "announced", "announced"),
    ("build", "builds", "built", "built"),
    ("challenge", "challenges", "challenged", "challenged"),
    ("consolidate", "consolidates", "consolidated", "consolidated"),
    ("constrain", "constrains", "constrained", "constrained"),
    ("contest", "contests", "contested", "contested"),
    ("control", "controls", "controlled", "controlled"),
    ("criticise", "criticises", "criticised", "criticised"),
    ("defend", "defends", "defended", "defended"),
    ("describe", "describes", "described", "described"),
    ("discourage", "discourages", "discouraged", "discouraged"),
    ("endorse", "endorses", "endorsed", "endorsed"),
    ("expand", "expands", "expanded", "expanded"),
    ("finance", "finances", "financed", "financed"),
    ("frame", "frames", "framed", "framed"),
    ("govern", "governs", "governed", "governed"),
    ("ignore", "ignores", "ignored", "ignored"),
    ("impose", "imposes", "imposed", "imposed"),
    ("justify", "justifies", "justified", "justified"),
    ("legitimise", "legitimises", "legitimised", "legitimised"),
    ("limit", "limits", "limited", "limited"),
    ("monitor", "monitors", "monitored", "monitored"),
    ("negotiate", "negotiates", "negotiated", "negotiated"),
    ("oppose", "opposes", "opposed", "opposed"),
    ("promote", "promotes", "promoted", "promoted"),
    ("protect", "protects", "protected", "protected"),
    ("reinforce", "reinforces", "reinforced", "reinforced"),
    ("reject", "rejects", "rejected", "rejected"),
    ("reshape", "reshapes", "reshaped", "reshaped"),
    ("restrict", "restricts", "restricted", "restricted"),
    ("seek", "seeks", "sought", "sought"),
    ("shape", "shapes", "shaped", "shaped"),
    ("support", "supports", "supported", "supported"),
    ("sustain", "sustains", "sustained", "sustained"),
    ("take", "takes", "took", "taken"),
    ("tolerate", "tolerates", "tolerated", "tolerated"),
    ("undermine", "undermines", "undermined", "undermined"),
    ("weaken", "weakens", "weakened", "weakened"),
    ("win", "wins", "won", "won"),
    ("withdraw", "withdraws", "withdrew", "withdrawn"),
)

ADVERBS = (
    "gradually", "openly", "rarely", "largely", "increasingly", "quietly", "consistently",
    "explicitly", "partly", "formally", "repeatedly", "effectively", "briefly", "publicly",
)  # fmt: skip

CONNECTORS = (
    "However", "Moreover", "In practice", "At the same time", "Nevertheless", "As a result",
    "In this context", "By contrast", "For this reason", "In other words", "Above all", "Similarly",
)  # fmt: skip

SUBORDINATORS = (
    "while", "although", "because", "since", "even though", "whereas", "as long as", "until",
)  # fmt: skip

COLLECTIVES = (
    "officials", "activists", "observers", "donors", "investors", "lawyers", "students", "deputies",
    "farmers", "journalists", "analysts", "diplomats", "bloggers", "traders", "clerics", "veterans",
)  # fmt: skip

#: Syllables for invented proper names (places, people, movements).
SYLLABLES = (
    "ka", "ra", "tol", "ven", "mi", "shka", "ri", "dan", "or", "bek", "as", "tan", "zhu", "lin",
    "na", "ur", "gul", "sar", "kent", "ab", "dur", "yo", "ma", "tek", "sha", "ha", "bo", "lat",
    "vi", "nor", "qiz", "el", "ji", "mur", "ga", "ten", "su", "kha", "ly", "pa",
)  # fmt: skip

#: Family names of cited authors.
SURNAMES = (
    "Abdullaev", "Adams", "Akiner", "Alimova", "Anceschi", "Baker", "Bekmurzaev", "Blank", "Brown",
    "Cabestan", "Chen", "Clarke", "Cooley", "Dave", "Djalili", "Engvall", "Fedorov", "Fischer",
    "Gleason", "Gorshenina", "Haas", "Heathershaw", "Huang", "Isaacs", "Ivanova", "Jonson", "Kassenova",
    "Khalid", "Kim", "Kuzmina", "Laruelle", "Lee", "Lewis", "Li", "Liu", "Marat", "Martin", "McGlinchey",
    "Melvin", "Müller", "Nathan", "Nourzhanov", "Omelicheva", "Owen", "Pannier", "Petrov", "Radnitz",
    "Reeves", "Rolland", "Sarsembayev", "Satpayev", "Schatz", "Schmitz", "Smith", "Tang", "Toktomushev",
    "Umarov", "Wang", "Weber", "Wu", "Xu", "Yang", "Zhang", "Zhou", "Øverland", "Ruiz", "Núñez",
)  # fmt: skip

GIVEN = (
    "Alexander", "Anna", "Aziz", "Bakhyt", "Catherine", "David", "Dilnoza", "Elena", "Erica",
    "François", "Gulnara", "Hao", "Irina", "Jean-Pierre", "John", "Kemel", "Lucia", "Marlene", "Mei",
    "Nadège", "Nurlan", "Olivier", "Paul", "Rustam", "Sebastien", "Sophie", "Timur", "Wei", "Yerlan",
)  # fmt: skip

#: How some names are written in BibTeX (LaTeX accents, as exported by reference managers).
LATEX_FORMS = {
    "Müller": 'M{\\"u}ller',
    "Øverland": "{\\O}verland",
    "Núñez": "N{\\'u}{\\~n}ez",
    "François": "Fran{\\c{c}}ois",
    "Nadège": "Nad{\\`e}ge",
}

PUBLISHERS = (
    ("Routledge", "London"), ("Palgrave Macmillan", "Basingstoke"), ("Oxford University Press", "Oxford"),
    ("Cambridge University Press", "Cambridge"), ("I. B. Tauris", "London"), ("Lexington Books", "Lanham"),
    ("Columbia University Press", "New York"), ("Brill", "Leiden"), ("Hurst", "London"),
    ("Cornell University Press", "Ithaca"), ("University of Pittsburgh Press", "Pittsburgh"),
)  # fmt: skip

JOURNALS = (
    "Central Asian Survey", "Europe-Asia Studies", "Journal of Democracy", "Post-Soviet Affairs",
    "The China Quarterly", "Asian Survey", "Problems of Post-Communism", "Democratization",
    "Journal of Contemporary China", "Eurasian Geography and Economics", "Nationalities Papers",
)  # fmt: skip

INSTITUTIONS = (
    "National Endowment for Democracy", "Human Rights Watch", "International Crisis Group",
    "Carnegie Endowment for International Peace", "Freedom House", "Chatham House",
    "Council on Foreign Relations", "Foreign Policy Centre", "Oxus Society for Central Asian Affairs",
)  # fmt: skip

ORGANISATION_HEADS = (
    "Council", "Organization", "Initiative", "Commission", "Forum", "Agency", "Front", "Movement",
    "Fund", "Centre", "Bureau", "Committee",
)  # fmt: skip

CATEGORIES = ("concept", "organisation", "policy or programme", "event", "place", "law or norm")
