"""The site asks no other site for anything: what would make a page do so stops the build."""

from __future__ import annotations

import re
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from project import run_build

from explainer.third_party import (
    draws_mermaid,
    fetched_from_other_sites,
    fetching_settings,
    privacy_plugin_on,
    serves_own_mermaid,
    settings_errors,
)

OWN = "article.example.org"


def addresses(html: str) -> list[str]:
    return [fetched.address for fetched in fetched_from_other_sites(html, OWN)]


def test_files_a_page_would_fetch_from_other_sites():
    html = """
    <p><img alt="map" src="https://maps.example.com/map.png"></p>
    <picture><source srcset="//a.example.com/1.webp 1x, /local.webp 2x"><img src="local.png"></picture>
    <iframe src='https://video.example.com/embed/1'></iframe>
    <div class="box" style="background: url(&quot;https://img.example.net/bg.jpg&quot;)">Boxed</div>
    <style>@import "https://css.example.net/a.css"; p { background: url(/ok.png) }</style>
    <link rel="stylesheet" href="https://cdn.example.com/a.css">
    <video poster="http://media.example.com/still.jpg" src="clip.mp4"></video>
    """
    assert addresses(html) == [
        "https://maps.example.com/map.png",
        "//a.example.com/1.webp",
        "https://video.example.com/embed/1",
        "https://img.example.net/bg.jpg",
        "https://css.example.net/a.css",
        "https://cdn.example.com/a.css",
        "http://media.example.com/still.jpg",
    ]


@pytest.mark.parametrize(
    "tag",
    [
        '<img srcset="/small.png 1x, https://img.example.com/big.png 2x" src="/small.png">',
        '<audio src="https://media.example.com/a.mp3"></audio>',
        '<video src="/v.mp4"><track src="https://media.example.com/captions.vtt"></video>',
        '<frameset><frame src="https://frames.example.com/f.html"></frameset>',
        '<embed src="https://media.example.com/movie.swf">',
        '<object data="https://media.example.com/doc.pdf"></object>',
        '<script src="https://cdn.example.com/s.js"></script>',
        '<input type="image" src="https://img.example.com/button.png">',
        '<svg><image href="https://img.example.com/map.png"/></svg>',
        '<svg><use xlink:href="https://img.example.com/icons.svg#a"/></svg>',
    ],
)
def test_every_element_that_fetches_what_it_names_is_found(tag):
    assert [urlsplit(address).hostname for address in addresses(tag)] == [re.search(r"//([^/]+)", tag)[1]], tag


def test_links_the_site_s_own_files_and_code_are_not_requests():
    html = """
    <p><a href="https://example.com/report.pdf">the report</a></p>
    <link rel="canonical" href="https://example.com/page/">
    <img src="https://article.example.org/own.png"><img src="../images/map.png"><img src="data:image/png;base64,AA">
    <pre><code>&lt;img src="https://example.com/in-code.png"&gt; &lt;div style="background: url(https://x.example/a)"&gt;</code></pre>
    <p>Write style="url(https://example.com/a.png)" in prose.</p>
    """
    assert addresses(html) == []


def test_a_script_whose_code_names_another_site_is_found():
    # An analytics snippet (Matomo's) loads its script and reports each visit from code,
    # with no address in a tag: nothing stopped the build.
    html = """
    <script>
      var _paq = window._paq = window._paq || [];
      (function() { var u="//matomo.example.com/"; _paq.push(['setTrackerUrl', u+'matomo.php']); })();
    </script>
    <script type="module">import "https://cdn.example.com/widget.js";</script>
    """
    assert addresses(html) == ["//matomo.example.com/", "https://cdn.example.com/widget.js"]


def test_scripts_that_name_no_other_site_or_are_data_pass():
    html = """
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article"}</script>
    <script>document.documentElement.classList.add("js"); var own = "https://article.example.org/x";</script>
    <pre><code>&lt;script&gt;var u="https://matomo.example.com/";&lt;/script&gt;</code></pre>
    """
    assert addresses(html) == []


def test_a_script_of_any_type_html_runs_as_javascript_is_read():
    html = """
    <script type="text/ecmascript">fetch("https://a.example.com/1")</script>
    <script type="application/x-javascript">fetch("https://b.example.com/2")</script>
    <script type=" TEXT/JavaScript1.5 ">fetch("https://c.example.com/3")</script>
    <script type="text/javascript; charset=utf-8">fetch("https://d.example.com/4")</script>
    <script type="">fetch("https://e.example.com/5")</script>
    <script language="JavaScript">fetch("https://f.example.com/6")</script>
    <script type="importmap">{"imports": {"w": "https://g.example.com/w.js"}}</script>
    """
    assert [urlsplit(address).hostname for address in addresses(html)] == [
        f"{letter}.example.com" for letter in "abcdefg"
    ]


def test_a_script_of_a_type_html_does_not_run_is_not_read():
    html = """
    <script language="vbscript">x = "https://a.example.com/"</script>
    <script type="text/plain">https://b.example.com/ "https://b.example.com/"</script>
    <script type="text/x-template"><a href="https://c.example.com/">c</a> 'https://c.example.com/'</script>
    """
    assert addresses(html) == []


def test_what_an_html_comment_holds_is_not_run_or_fetched():
    html = """
    <!-- <script>var u="https://matomo.example.com/";</script> -->
    <!-- <img src="https://img.example.com/a.png"> <iframe src="//v.example.com/e"></iframe> -->
    <!-- <div style="background: url(https://bg.example.com/a.png)"></div> --><!---->
    <!-- <pre class="mermaid">graph TD; A--&gt;B</pre> -->
    <p>Text.</p>
    """
    assert addresses(html) == []
    assert not draws_mermaid(html)


def test_after_a_comment_and_inside_a_script_a_comment_s_marks_hide_nothing():
    # An old snippet hides its code from old browsers in "<!--" and "//-->": the browser runs it.
    html = """
    <!-- a note --><img src="https://img.example.com/a.png">
    <script type="text/javascript"><!--
      var u = "https://stats.example.org/";
    //--></script>
    <script>var s = "<!--"; fetch("https://after.example.net/x");</script>
    <!-- unclosed comment, to the end: <img src="https://no.example.com/b.png">
    """
    assert addresses(html) == [
        "https://img.example.com/a.png",
        "https://stats.example.org/",
        "https://after.example.net/x",
    ]


def test_a_script_that_opens_another_site_in_a_window_on_a_click_fetches_nothing():
    # Browsers open a window only on a reader's action: the address is followed as a link is.
    html = """
    <script>
      document.querySelector("#map").addEventListener("click", () => window.open("https://maps.example.com/"));
      button.onclick = function () { open('https://maps.example.org/', "_blank"); };
    </script>
    """
    assert addresses(html) == []


def test_a_script_that_fetches_from_another_site_on_a_click_is_found():
    # The same click may send a request: fetch, XHR, an image's src and import() are not links.
    html = """
    <script>
      button.addEventListener("click", () => {
        fetch("https://api.example.com/count");
        xhr.open("GET", "https://xhr.example.com/x");
        new Image().src = "https://pixel.example.com/p.gif";
        import("https://cdn.example.com/m.js");
        win.open("https://other.example.com/");
      });
    </script>
    """
    assert addresses(html) == [
        "https://api.example.com/count",
        "https://xhr.example.com/x",
        "https://pixel.example.com/p.gif",
        "https://cdn.example.com/m.js",
        "https://other.example.com/",
    ]


def test_a_script_that_sends_the_reader_to_another_site_is_named_as_such():
    # On a click, that is a link; as the page opens, a request: only running it tells which.
    html = '<script>btn.onclick = () => { location.href = "https://elsewhere.example.com/"; };</script>'
    (fetched,) = fetched_from_other_sites(html, OWN)
    assert (fetched.what, fetched.where) == ("a script that sends the reader to a page", "on another site")
    assert "write a link to the address instead" in fetched.hint


def test_code_in_a_tag_is_read_as_a_script_is():
    # An event handler runs as the page opens (onload, onerror) or as the pointer passes
    # (onmouseover): a request no reader means; a click's is one too, unless it follows a link.
    html = """
    <img src="map.png" onerror="fetch('https://pixel.example.com/p.gif')">
    <span onmouseover="new Image().src = &quot;https://hover.example.com/h&quot;">term</span>
    <button onclick="navigator.sendBeacon('//beacon.example.net/b')">Cite</button>
    <a href="javascript:fetch('https://js.example.org/j')">Go</a>
    <body onload="location.href = 'https://elsewhere.example.com/'">
    """
    found = fetched_from_other_sites(html, OWN)
    assert [(fetched.what, fetched.address) for fetched in found] == [
        ("a file code in onerror= loads", "https://pixel.example.com/p.gif"),
        ("a file code in onmouseover= loads", "https://hover.example.com/h"),
        ("a file code in onclick= loads", "//beacon.example.net/b"),
        ("a file code in href= loads", "https://js.example.org/j"),
        ("a script that sends the reader to a page", "https://elsewhere.example.com/"),
    ]
    assert "Remove the code" in found[0].hint


def test_code_in_a_tag_that_a_click_runs_to_open_or_go_to_a_page_is_a_link():
    html = """
    <button onclick="window.open('https://maps.example.com/')">Map</button>
    <button onclick="location.href = 'https://elsewhere.example.com/'">Go</button>
    <a href="javascript:open('https://maps.example.org/')">Map</a>
    <a href="https://example.com/" onclick="return confirm('Leave?')">Leave</a>
    <p data-note="see https://example.com/">text</p>
    """
    assert addresses(html) == []


def test_a_script_that_draws_svg_names_its_namespace_which_is_no_request():
    # createElementNS names the SVG and XLink namespaces as addresses; no browser fetches them.
    html = """
    <script>
      var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      var use = document.createElementNS('http://www.w3.org/2000/svg', "use");
      use.setAttributeNS("http://www.w3.org/1999/xlink", "href", "#icon");
      var t = "http://www.w3.org/2000/svg-tracker.js";
    </script>
    """
    assert addresses(html) == ["http://www.w3.org/2000/svg-tracker.js"]


def test_an_emoji_image_is_found_by_what_the_markdown_wrote():
    html = '<img alt="😄" class="emojione" src="https://cdn.example.com/1f604.png" title=":smile:">'
    [fetched] = fetched_from_other_sites(html, None)
    assert (fetched.what, fetched.written) == ("an emoji image", ":smile:")
    assert "emoji_generator" in fetched.hint


def test_a_site_that_serves_its_own_mermaid_is_told_from_one_that_does_not():
    # `extra_javascript` holds paths, or (MkDocs 1.5+) objects with a path.
    assert serves_own_mermaid(["js/mermaid.min.js"])
    assert serves_own_mermaid([SimpleNamespace(path="assets/mermaid.esm.min.mjs")])
    assert not serves_own_mermaid(["js/site.js", SimpleNamespace(path="mermaid/setup.js")])
    assert not serves_own_mermaid([])


def test_material_s_privacy_plugin_counts_only_when_it_downloads_assets():
    def plugin(*, enabled: bool, assets: bool) -> SimpleNamespace:
        return SimpleNamespace(config=SimpleNamespace(enabled=enabled, assets=assets))

    assert privacy_plugin_on({"material/privacy": plugin(enabled=True, assets=True)})
    assert privacy_plugin_on({"privacy": plugin(enabled=True, assets=True)})
    assert not privacy_plugin_on({"material/privacy": plugin(enabled=True, assets=False)})
    assert not privacy_plugin_on({"material/privacy": plugin(enabled=False, assets=True)})
    assert not privacy_plugin_on({"search": object()})


def test_a_mermaid_diagram_is_found():
    assert draws_mermaid('<pre class="mermaid"><code>graph TD; A--&gt;B</code></pre>')
    assert draws_mermaid('<div class="diagram mermaid">graph</div>')
    assert not draws_mermaid("<p>A mermaid is a creature of legend.</p>")


CONFIG = """\
site_name: An article
repo_url: https://github.com/example/article
theme:
  name: material
  logo: https://example.org/logo.png
extra:
  analytics:
    provider: google
extra_javascript:
  - js/local.js
  - https://cdn.example.com/mathjax.js
"""


def test_settings_that_make_every_page_fetch_name_their_lines():
    config = {
        "site_name": "An article",
        "repo_url": "https://github.com/example/article",
        "theme": {
            "name": "material",
            "font": {"text": "Roboto", "code": "Roboto Mono"},
            "logo": "https://example.org/logo.png",
        },
        "extra": {"analytics": {"provider": "google"}},
        "extra_javascript": ["js/local.js", "https://cdn.example.com/mathjax.js"],
    }
    errors = settings_errors(fetching_settings(config, privacy_plugin=False), CONFIG, "mkdocs.yml")
    assert [str(error).splitlines()[0] for error in errors] == [
        "mkdocs.yml:2: repo_url: Material's script asks api.github.com for the repository's stars and forks"
        " when a reader opens the site",
        # Not written: Material's default fonts, on the line of `theme:`.
        "mkdocs.yml:3: theme: Material fetches the theme's fonts (Roboto, Roboto Mono) from Google Fonts on every page",
        "mkdocs.yml:5: theme.logo: the logo is fetched from another site on every page: https://example.org/logo.png",
        "mkdocs.yml:7: extra.analytics: Material loads Google Analytics' script on every page,"
        " which reports each visit to it",
        "mkdocs.yml:11: extra_javascript: a script from another site, loaded on every page: https://cdn.example.com/mathjax.js",
    ]
    assert "Add `font: false` under `theme:`" in str(errors[1])


def test_a_licence_badge_in_the_copyright_is_named():
    config = {
        "theme": {"name": "material", "font": False},
        "copyright": '<a href="https://creativecommons.org/licenses/by/4.0/"><img alt="CC BY"'
        ' src="https://i.creativecommons.org/l/by/4.0/88x31.png"></a> Text: CC BY 4.0',
    }
    [setting] = fetching_settings(config, privacy_plugin=False)
    assert setting.keys == ("copyright",)
    assert setting.message == (
        "an image from another site, in every page's footer: https://i.creativecommons.org/l/by/4.0/88x31.png"
    )
    config["copyright"] = '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>'  # a link: fine
    assert fetching_settings(config, privacy_plugin=False) == []


def test_settings_that_fetch_nothing_pass():
    config = {
        "site_url": "https://article.example.org/",
        "repo_url": "https://codeberg.org/example/article",  # Material fetches facts from GitHub and GitLab only
        "theme": {"name": "material", "font": False, "logo": "images/logo.svg"},
        "extra": {"explainer": {}},
        "extra_javascript": ["js/local.js", "https://article.example.org/js/own.js"],
    }
    assert fetching_settings(config, privacy_plugin=False) == []


def test_material_s_privacy_plugin_downloads_fonts_and_files_but_not_what_scripts_fetch():
    config = {
        "repo_url": "https://gitlab.com/example/article",
        "theme": {"name": "material", "font": {"text": "Roboto"}},
        "extra_css": ["https://cdn.example.com/a.css"],
    }
    [setting] = fetching_settings(config, privacy_plugin=True)
    assert setting.keys == ("repo_url",)
    assert "gitlab.com" in setting.message


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_site_that_would_fetch_google_s_fonts_does_not_build(project_copy):
    config = project_copy / "mkdocs.yml"
    edit(config, "  font: false\n", "")
    result = run_build(project_copy, project_copy / "site")
    assert result.returncode != 0
    line = config.read_text(encoding="utf-8").splitlines().index("theme:") + 1
    assert (
        f"mkdocs.yml:{line}: theme: Material fetches the theme's fonts (Roboto, Roboto Mono) from Google Fonts"
        in result.output
    )
    assert "Traceback" not in result.output
    assert not (project_copy / "site" / "index.html").exists()


def test_a_page_that_would_fetch_from_other_sites_does_not_build(project_copy):
    page = project_copy / "docs" / "conclusion.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text
        + '\n![A map](https://maps.example.com/central-asia.png)\n\n<pre class="mermaid">graph TD; A--&gt;B</pre>\n'
        + "\nA claim.[^remote]\n\n[^remote]: A note with a chart: ![chart](https://charts.example.net/c.png)\n"
        + '\n<script>\n  var u = "https://stats.example.org/";\n</script>\n'
        + "\nThe <span onmouseover=\"fetch('https://hover.example.net/h')\">term</span> is hovered.\n",
        encoding="utf-8",
    )
    result = run_build(project_copy, project_copy / "site")
    assert result.returncode != 0
    lines = page.read_text(encoding="utf-8").splitlines()
    image = next(number for number, line in enumerate(lines, 1) if "maps.example.com" in line)
    diagram = next(number for number, line in enumerate(lines, 1) if "mermaid" in line)
    assert (
        f"docs/conclusion.md:{image}: an image from another site (maps.example.com):"
        " https://maps.example.com/central-asia.png\n    A reader's browser would fetch it" in result.output
    )
    assert f"docs/conclusion.md:{diagram}: a Mermaid diagram, drawn with a script from unpkg.com" in result.output
    # In a note's text too, which the notes' hook takes out of the page until the notes are numbered.
    chart = next(number for number, line in enumerate(lines, 1) if "charts.example.net" in line)
    assert f"docs/conclusion.md:{chart}: an image from another site (charts.example.net)" in result.output
    tracker = next(number for number, line in enumerate(lines, 1) if "stats.example.org" in line)
    assert f"docs/conclusion.md:{tracker}: a file a script loads from another site (stats.example.org)" in result.output
    handler = next(number for number, line in enumerate(lines, 1) if "hover.example.net" in line)
    assert f"docs/conclusion.md:{handler}: a file code in onmouseover= loads from another site" in result.output
    assert "Traceback" not in result.output
    assert not (project_copy / "site" / "conclusion" / "index.html").exists()
