/* A word typed with a slip ("Tianxai" for "Tianxia") found nothing: Material's search
   (lunr, in a web worker) finds a word only by its start. Where a query of plain words
   finds nothing, it is asked again of the same worker with each word of three letters or
   more allowed one letter wrong, missing, added or swapped (lunr's "~1"), and the reader
   is shown what that finds, under a line that says so. Before that, a query typed with
   diacritics that finds nothing is asked again without them. A query that finds anything
   is answered as Material answers it; nothing leaves the browser. Material makes its
   worker as its script starts, and keeps it to itself: this script runs before it, and
   wraps the worker Material asks for (the one its configuration names), reading and
   adding messages of Material's own kinds. */
(function () {
  "use strict";
  var NativeWorker = window.Worker;
  var config = document.getElementById("__config");
  if (typeof NativeWorker !== "function" || !config) {
    return;
  }
  var searchWorker;
  try {
    searchWorker = new URL(JSON.parse(config.textContent).search, window.location.href).href;
  } catch (error) {
    return;
  }
  // Material's message types (SearchMessageType): a query sent, and its result.
  var QUERY = 2;
  var RESULT = 3;
  // Three letters, for acronyms typed with a slip ("BIR" finds BRI, "CPC" the CCP): a word
  // of three that finds nothing as typed, not even as the start of a longer one, is rarely
  // a word of the text, and the line over the results says they are close words (a word
  // one letter from it may be a word of two, "ZCO" marks "co" beside "sco"). Words of two
  // letters are not asked again: all the words of one to three letters are one letter away.
  var SHORTEST = 3;
  // The article's words for the line over loose results ("… close to “{query}”.").
  var closeWords = document.currentScript ? document.currentScript.getAttribute("data-close-words") : null;

  // A note's number, as the PDF prints it and a work citing the article gives it ("note 5",
  // "n. 5"): Material finds a word by its start, and "5" found the pages of notes 50 to 59,
  // and a "5" in their prose, before the page of note 5. The index holds, hidden in each
  // page's Notes section, a word for each of its notes' numbers ("note5": the token, then
  // the number; hooks/explainer/notes.py), which such a query asks for as well, required
  // and whole: the page that holds the note is the one result, opened at the note.
  var script = document.currentScript;
  var noteToken = script ? script.getAttribute("data-note-token") : null;
  var noteWords = ((script && script.getAttribute("data-note-words")) || "").toLowerCase().split(/\s+/)
    .map(function (word) { return word.replace(/\.$/, ""); })
    .filter(Boolean);

  // The number of the note a query asks for, or null.
  function noteAskedFor(query) {
    var found = /^\s*(\S+?)\.?\s+0*(\d{1,5})\s*$/.exec(query);
    if (!noteToken || !found || noteWords.indexOf(found[1].toLowerCase()) < 0) {
      return null;
    }
    return found[2];
  }

  // A bare number ("5") may be a note's, or a year, a page, a count: Material ranked the
  // page of note 5 fourth, after a title's "50" and the pages of notes 50 to 59. Where
  // a result holds the word for a note of that number, its page is moved first, and the
  // others follow as Material ranks them: every page the number finds is still listed
  // ("2019", for which no page holds a note's word, is answered as Material answers it).
  function numberTyped(query) {
    var found = /^\s*(\d{1,5})\s*$/.exec(query);
    return found ? found[1] : null;
  }

  function notesPageFirst(result, number) {
    var word = new RegExp("(?:^|[^\\w])" + noteToken + number + "(?![\\w])", "i");
    var holding = function (group) {
      return group.some(function (item) { return typeof item.text === "string" && word.test(item.text); });
    };
    var first = result.items.filter(holding);
    if (first.length) {
      result.items = first.concat(result.items.filter(function (group) { return !holding(group); }));
    }
  }

  // Each result that holds the note (the page's Notes section) opens the page at the note.
  function openedAtTheNote(result, number) {
    var word = (noteToken + number).toLowerCase();
    result.items.forEach(function (group) {
      group.forEach(function (item) {
        if (item.terms && item.terms[word] && typeof item.location === "string") {
          item.location = item.location.replace(/#.*$/, "") + "#note-" + number;
        }
      });
    });
  }

  // Another form of a word finds nothing either: the index keeps words as written (no
  // stemmer: Material's search finds a word by its start, as the reader types it), so
  // "monitored" found no page where the text writes "monitor", "monitoring" and
  // "monitors". In the languages listed, a word's ending is left off and its stem asked
  // for as the start of a word ("monitor*"), beside the word one letter away. Longest
  // endings first; a stem keeps at least STEM letters ("power" is not "pow*").
  var ENDINGS = {
    en: ["ations", "ation", "ities", "ments", "ment", "ness", "ings", "ing", "ions", "ion", "ies", "ied",
         "ers", "er", "ed", "es", "ly", "s"],
    fr: ["ements", "ement", "ations", "ation", "ités", "ité", "ions", "ion", "ées", "ée", "és", "é", "es",
         "e", "s"],
  };
  var STEM = 4;
  var endings = ENDINGS[(document.documentElement.lang || "").toLowerCase().split("-")[0]] || [];

  function stem(word) {
    var lower = word.toLowerCase();
    for (var index = 0; index < endings.length; index++) {
      var ending = endings[index];
      if (lower.length - ending.length >= STEM && lower.slice(-ending.length) === ending) {
        return lower.slice(0, -ending.length);
      }
    }
    return null;
  }

  // Each word one letter away, and its stem as a word's start where the language has
  // endings listed; or null where the query is not plain words (a phrase in quotation
  // marks, a required or excluded word, lunr's own syntax) or has no long word.
  function tolerant(query) {
    var words = query.trim().split(/\s+/);
    if (!words[0] || words.some(function (word) { return /^[+-]|["~^*:]/.test(word); })) {
      return null;
    }
    var loose = words.filter(function (word) { return word.length >= SHORTEST; });
    if (!loose.length) {
      return null;
    }
    // The words asked for that Material would list as missing under a result: each word
    // typed, and each stem (a query's term, asked as "monitor*", is "monitor" to it).
    var typed = [];
    var query = words.map(function (word) {
      if (word.length < SHORTEST) {
        return word;
      }
      var start = stem(word);
      typed.push(word.toLowerCase());
      if (!start) {
        return word + "~1";
      }
      typed.push(start, start + "*");
      return word + "~1 " + start + "*";
    }).join(" ");
    return { query: query, typed: typed };
  }

  // Material lists under a result the words it lacks ("Missing: tianxai"), and highlights
  // on the page a result opens the words it found: the words typed loosely are not missing
  // where the result marks a word, and the marked words are what the page highlights.
  function foundAsMarked(result, typed) {
    result.items.forEach(function (group) {
      group.forEach(function (item) {
        var terms = item.terms || {};
        typed.forEach(function (word) {
          delete terms[word];
        });
        var marked = /<mark[^>]*>([\s\S]*?)<\/mark>/g;
        [item.title, item.text].forEach(function (html) {
          var found;
          while (typeof html === "string" && (found = marked.exec(html))) {
            terms[found[1].replace(/<[^>]*>/g, "").toLowerCase()] = true;
          }
        });
        item.terms = terms;
      });
    });
  }

  // The line that says the results shown are for words close to the query, under
  // Material's count of them (whose element Material finds as its results' first child).
  // A status, which a screen reader reads out as it changes; empty, it takes no room.
  function closeWordsLine() {
    var count = document.querySelector(".md-search-result__meta");
    if (!closeWords || !count) {
      return null;
    }
    var line = document.createElement("div");
    line.className = "explainer-search-close";
    line.setAttribute("role", "status");
    count.after(line);
    return line;
  }

  // The index holds, beside each word written with diacritics, its folded form ("qiaowu"
  // for "qiáowù"; hooks/search.py), as Python folds it: decomposed, its marks left out.
  function folded(query) {
    return query.normalize("NFKD").replace(/\p{M}/gu, "");
  }

  function retryLoosely(worker, line) {
    var post = worker.postMessage;
    var waiting = []; // the queries whose results are still to come, oldest first
    worker.postMessage = function (message) {
      if (message && message.type === QUERY) {
        var note = noteAskedFor(String(message.data));
        var number = noteToken && !note ? numberTyped(String(message.data)) : null;
        waiting.push({ query: String(message.data), note: note, number: number });
        if (note) {
          return post.call(worker, { type: QUERY, data: message.data + " +" + noteToken + note });
        }
      }
      return post.apply(worker, arguments);
    };
    // Added before Material's own listener: a result held back here never reaches it.
    worker.addEventListener("message", function (event) {
      var message = event.data;
      if (!message || message.type !== RESULT || !waiting.length) {
        return;
      }
      var asked = waiting.shift();
      var found = message.data.items.length;
      if (asked.note && found) {
        openedAtTheNote(message.data, asked.note);
      }
      if (asked.number && found) {
        notesPageFirst(message.data, asked.number);
      }
      // A query typed with diacritics that finds nothing as typed is asked again folded:
      // "Tiānxià", as pinyin is written, found nothing where the text writes "Tianxia".
      // As typed first, a word the text writes so ranks as before ("qiáowù", the entry).
      if (!asked.loose && !asked.folded && !found && !waiting.length && folded(asked.query) !== asked.query) {
        event.stopImmediatePropagation();
        waiting.push({ folded: true, query: asked.query });
        post.call(worker, { type: QUERY, data: folded(asked.query) });
        return;
      }
      if (asked.folded && waiting.length) {
        event.stopImmediatePropagation(); // the reader typed on: a newer result is coming
        return;
      }
      if (asked.loose) {
        if (waiting.length) {
          event.stopImmediatePropagation(); // the reader typed on: a newer result is coming
        } else {
          foundAsMarked(message.data, asked.loose.typed);
          tell(message.data.items.length && closeWords ? closeWords.split("{query}").join(asked.query.trim()) : "");
        }
        return;
      }
      var loose = waiting.length || found ? null : tolerant(folded(asked.query));
      if (loose) {
        event.stopImmediatePropagation();
        waiting.push({ loose: loose, query: asked.query });
        post.call(worker, { type: QUERY, data: loose.query });
      } else {
        tell(""); // Material shows what the query found as typed, or that it found nothing
      }
    });
    function tell(text) {
      if (line && line.textContent !== text) {
        line.textContent = text;
      }
    }
  }

  function ExplainerWorker(url, options) {
    var worker = new NativeWorker(url, options);
    if (new URL(url, window.location.href).href === searchWorker) {
      retryLoosely(worker, closeWordsLine());
    }
    return worker;
  }
  ExplainerWorker.prototype = NativeWorker.prototype;
  window.Worker = ExplainerWorker;
})();
