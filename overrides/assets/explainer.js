/* Material's document$ tells of each page it shows: the first, once its components are
   set up, and, with navigation.instant, each one it loads in place, where no script runs
   again. What reads or changes a page's content runs on each; without Material's script,
   on the one page there is. */
function explainerOnEachPage(run) {
  "use strict";
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () {
      run();
    });
  } else {
    run();
  }
}

/* A page printed from the browser has no cards: a short citation or an Ibid. whose source
   is cited in full on another page of the article would print with nothing to find the
   source by. Under the note where such a source is first cited on this page, its full
   reference (the short citation's title, which its card shows) is written for print only.
   This runs before the titles are escaped for Material's cards (below), and reads them
   before Material takes them off as a card opens. */
explainerOnEachPage(function () {
  "use strict";
  var citedInFull = {};
  document.querySelectorAll(".explainer-notes .citation[data-position='first']").forEach(function (citation) {
    citedInFull[citation.getAttribute("data-citation-key")] = true;
  });
  document.querySelectorAll(".explainer-notes .citation").forEach(function (citation) {
    var key = citation.getAttribute("data-citation-key");
    var short = citation.querySelector("a.citation-ref--short[title]");
    var note = citation.closest("li");
    if (!short || !note || citedInFull[key]) {
      return;
    }
    citedInFull[key] = true;
    var reference = document.createElement("p");
    reference.className = "explainer-note-reference";
    reference.textContent = short.getAttribute("title");
    note.appendChild(reference);
  });
});

/* A note's card is a copy of the note, and no card opens inside a card: a short citation
   or an Ibid. there showed its short form alone, on hover as on a tap, and the reader who
   wanted the source had to follow it to the bibliography. Under each note, each source it
   cites in short is written in full (the short citation's title) for its card only, its
   address a link, as under a note that cites it in full. The list of notes does not show
   it: there a short citation's own card gives it. This runs before the titles are escaped
   for Material's cards (below). */
explainerOnEachPage(function () {
  "use strict";
  // The address that ends a reference, and the full stop after it.
  var address = /(^|\s)(https?:\/\/\S+?)(\.?)$/;
  function sourceLine(text) {
    var line = document.createElement("p");
    line.className = "explainer-note-source";
    var found = address.exec(text);
    if (!found) {
      line.textContent = text;
      return line;
    }
    var link = document.createElement("a");
    link.className = "citation-url";
    link.href = found[2];
    link.textContent = found[2];
    line.append(text.slice(0, found.index + found[1].length), link, found[3]);
    return line;
  }
  document.querySelectorAll(".explainer-notes li").forEach(function (note) {
    var given = {};
    note.querySelectorAll(".citation[data-position='first']").forEach(function (citation) {
      given[citation.getAttribute("data-citation-key")] = true;
    });
    note.querySelectorAll(".citation").forEach(function (citation) {
      var key = citation.getAttribute("data-citation-key");
      var short = citation.querySelector("a.citation-ref--short[title]");
      if (!short || given[key]) {
        return;
      }
      given[key] = true;
      note.appendChild(sourceLine(short.getAttribute("title")));
    });
  });
});

/* A note's ↩ is named by where it leads ("Back to the call of note 7"); its title said the
   same, so its card only repeated the name to the eye, and to a screen reader, which read
   the card as the link's description, twice. Its card shows instead the passage the reader
   goes back to: the author's sentence up to the call, in the article's language's sentences
   (Intl.Segmenter). Where there is none to show, the ↩ has no card. This runs before the
   titles are escaped for Material's cards (below). */
explainerOnEachPage(function () {
  "use strict";
  var language = document.documentElement.lang || undefined;
  var sentences = null;
  try {
    sentences = new Intl.Segmenter(language, { granularity: "sentence" });
  } catch (error) {
    sentences = null;
  }
  function passageBefore(call) {
    var block = call.parentElement ? call.parentElement.closest("p, li, dd, dt, td, th, blockquote, figcaption") : null;
    if (!block || !sentences) {
      return "";
    }
    var range = document.createRange();
    range.setStart(block, 0);
    range.setEndBefore(call);
    var words = range.cloneContents();
    // Not the other calls' numbers, the paragraph's ¶, nor what is not shown.
    words.querySelectorAll(".note-call, .headerlink, [hidden]").forEach(function (element) {
      element.remove();
    });
    var text = words.textContent.replace(/\s+/g, " ").trim();
    var passage = "";
    Array.from(sentences.segment(text)).forEach(function (sentence) {
      if (sentence.segment.trim()) {
        passage = sentence.segment.trim();
      }
    });
    return passage;
  }
  document.querySelectorAll(".md-content a.footnote-backref[href^='#']").forEach(function (back) {
    var call = document.getElementById(decodeURIComponent(back.hash.slice(1)));
    var passage = call ? passageBefore(call) : "";
    if (passage) {
      back.setAttribute("title", passage);
    } else {
      back.removeAttribute("title");
    }
  });
});

/* Material (content.tooltips) sets an element's title in its card as HTML: a source's
   title holding "<img src=x onerror=…>", in the card of its short citation, would be an
   image there and run its code, and "&lt;" would read "<". Material reads a title when
   its card opens: each title in the text is written here, before, as the HTML of its
   text, so that the card reads as the title does. Without the feature, the browser
   shows a title as text, and it is left as it is. */
(function () {
  "use strict";
  var config = document.getElementById("__config");
  var features = config ? JSON.parse(config.textContent).features || [] : [];
  if (features.indexOf("content.tooltips") === -1) {
    return;
  }
  explainerOnEachPage(function () {
    document.querySelectorAll(".md-content [title]").forEach(function (element) {
      var title = element.getAttribute("title");
      element.setAttribute("title", title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    });
  });
})();

/* Touch screens have no hover. There, the first tap on a note call, a short citation or
   a glossary term shows its tooltip (Material shows it on focus, as on hover); a second
   tap on the same element follows the link. A short citation in a note's card has no
   card of its own (its source is given in full under it, above): the first tap follows
   it, where it showed nothing. */
(function () {
  "use strict";
  var selector = "a.footnote-ref, a.glossary-term, a.citation-ref--short";
  var armed = null;
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target.closest ? event.target.closest(selector) : null;
      if (!link || link.closest(".md-tooltip2") || !window.matchMedia("(hover: none)").matches) {
        armed = null;
        return;
      }
      if (armed === link) {
        armed = null;
        return;
      }
      event.preventDefault();
      armed = link;
      // Room above and below, so that the tooltip fits on the screen.
      var box = link.getBoundingClientRect();
      if (box.top < window.innerHeight * 0.25 || box.bottom > window.innerHeight * 0.45) {
        window.scrollBy({ top: box.top - window.innerHeight * 0.25, behavior: "instant" });
      }
      link.focus({ preventScroll: true });
    },
    true
  );

  /* A tap is a hover that no pointer ends: a card stays open after its link is followed
     to a place on the same page (a note call to its note, a note's ↩ to its call), out
     of sight, and covered the text where the browser's back button returned the reader.
     Once the page has moved, the card of the link followed is closed. */
  var followed = null;
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target.closest ? event.target.closest("a[href]") : null;
      followed = link && window.matchMedia("(hover: none)").matches ? link : null;
    },
    true
  );
  window.addEventListener("hashchange", function () {
    if (!followed) {
      return;
    }
    if (document.activeElement === followed) {
      followed.blur();
    }
    followed.dispatchEvent(new MouseEvent("mouseleave"));
    followed = null;
  });
})();

/* The keyboard's cards. Material fades a card out over 250ms after the focus left its
   link, and the next link the Tab key reached could be under it: once the focus is
   elsewhere (not in the card), the card goes at once. A reader who followed a note call
   to its note and comes back (by the note's ↩, or the browser's Back) reads on from the
   call: the focus is put back on it, so that the next Tab goes on from there, but its
   card, read already, is not opened over the text again; the pointer still opens it.
   Escape closes the card a note call, a short citation or a glossary term shows, as it
   closes any pop-up (Material closes it only when focus or the pointer leaves); the focus
   stays on its link, so the card stays closed alike, until the pointer comes over it.
   Material tells a screen reader that a link opens its note's card (aria-haspopup, and
   aria-controls the card) while the card shows, and no more once it closes; a card closed
   here, its link still focused, is told closed alike, and open again as it reopens.
   This runs before the script below that places an opened card, so that a card kept
   closed is neither placed nor scrolled to. */
(function () {
  "use strict";
  var quiet = null; // the focused link whose card stays closed: a call come back to, or Escape's
  var quietCard = null; // its card, which its link no longer names once closed
  // Not a note call's description (below), which is its note's text, not a card.
  function cardOf(link) {
    var ids = [link.getAttribute("aria-controls"), link.getAttribute("aria-describedby")];
    for (var i = 0; i < ids.length; i++) {
      var card = ids[i] ? document.getElementById(ids[i]) : null;
      if (card && card.classList.contains("md-tooltip2")) {
        return card;
      }
    }
    return null;
  }
  // Material makes a note's card a dialog with no name: a screen reader said "dialog"
  // alone. It is named as its call is ("Note 7").
  function nameDialog(card) {
    var host = document.querySelector('[aria-controls="' + card.id + '"]');
    if (card.getAttribute("role") === "dialog" && host && host.getAttribute("aria-label")) {
      card.setAttribute("aria-label", host.getAttribute("aria-label"));
    }
  }
  function hostOf(card) {
    return document.querySelector('[aria-describedby="' + card.id + '"], [aria-controls="' + card.id + '"]');
  }
  // The card of a link the focus has left goes at once, not over Material's fade.
  function leave(card) {
    card.classList.remove("md-tooltip2--active");
    card.classList.add("explainer-card--left");
  }
  document.addEventListener("focusin", function (event) {
    document.querySelectorAll(".md-tooltip2--active").forEach(function (card) {
      if (hostOf(card) !== event.target && !card.contains(event.target)) {
        leave(card);
      }
    });
  });
  // As Material does when it closes a card: its link no longer says it opens a dialog.
  function tellClosed(link) {
    link.removeAttribute("aria-controls");
    link.removeAttribute("aria-haspopup");
  }
  function closeCard(card) {
    card.classList.remove("md-tooltip2--active");
    var host = document.querySelector('[aria-controls="' + card.id + '"]');
    if (host) {
      tellClosed(host);
    }
  }
  function keepClosed(link) {
    // Kept closed already, its link no longer names its card: the card known is kept. A
    // quick Back can bring two hashchange events (the late one of the note's address, then
    // the return's) and the card the pointer reopens would have been lost.
    quietCard = cardOf(link) || (link === quiet ? quietCard : null);
    quiet = link;
    if (quietCard) {
      closeCard(quietCard);
    }
  }
  document.addEventListener("focusout", function (event) {
    if (event.target === quiet) {
      quiet = null;
      quietCard = null;
    }
  });
  // The call followed is remembered in the history entry the reader will come back to.
  document.addEventListener(
    "click",
    function (event) {
      var call = event.target.closest ? event.target.closest(".note-call") : null;
      if (call && call.id && call.querySelector("a.footnote-ref")) {
        history.replaceState(Object.assign({}, history.state, { explainerCall: call.id }), "");
      }
    },
    true
  );
  window.addEventListener("hashchange", function () {
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (!(target && target.matches(".note-call")) && history.state && history.state.explainerCall) {
      target = document.getElementById(history.state.explainerCall);
    }
    var call = target && target.matches(".note-call") ? target.querySelector("a.footnote-ref") : null;
    if (!call) {
      return;
    }
    call.focus({ preventScroll: true });
    // Come back before Material saw the focus leave (its card still open): closed here.
    keepClosed(call);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    // Focus stays where it is: the next Tab goes on from the same link.
    // Material, which sees the focus still on the link, would not reopen its card on hover.
    var focused = document.activeElement;
    if (focused && focused !== document.body && cardOf(focused)) {
      keepClosed(focused);
    }
    document.querySelectorAll(".md-tooltip2--active").forEach(closeCard);
  });
  // A mouse over the link, or a tap on it (the first of two, which shows the card), opens it.
  function reopen(event) {
    if (!quiet || !quiet.contains(event.target) || (event.type === "pointerover" && event.pointerType !== "mouse")) {
      return;
    }
    if (event.type === "pointerover" && !window.matchMedia("(hover: hover)").matches) {
      return;
    }
    var link = quiet;
    var card = quietCard || cardOf(link);
    quiet = null;
    quietCard = null;
    if (!card) {
      return;
    }
    if (card.getAttribute("role") === "dialog") {
      link.setAttribute("aria-controls", card.id);
      link.setAttribute("aria-haspopup", "dialog");
    }
    card.classList.add("md-tooltip2--active");
  }
  document.addEventListener("pointerover", reopen);
  document.addEventListener("pointerdown", reopen);
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      var card = record.target;
      var opened = card.classList.contains("md-tooltip2--active") && !/md-tooltip2--active/.test(record.oldValue || "");
      if (!opened || !card.classList.contains("md-tooltip2")) {
        return;
      }
      card.classList.remove("explainer-card--left");
      nameDialog(card);
      if (quiet && !quietCard) {
        quietCard = cardOf(quiet); // Material set up the link's card after the focus came back
      }
      if (quiet && quietCard === card) {
        closeCard(card);
      }
      // A card that opens late, once the Tab key has already taken the focus on to another
      // link, would cover that link over Material's fade: it goes at once, unless the
      // pointer is over its own link.
      var host = hostOf(card);
      var focused = document.activeElement;
      var elsewhere = focused && focused !== host && focused.matches("a[href]") && !card.contains(focused);
      if (host && elsewhere && !host.matches(":hover")) {
        leave(card);
      }
    });
  }).observe(document.body, { attributes: true, attributeFilter: ["class"], attributeOldValue: true, subtree: true });
  // Material says again that a focused link opens its card each time it looks at the link
  // (on every scroll, and as its focus timer comes, late on a loaded machine), not only as
  // the card opens, which it does once: a card kept closed is told closed again each time.
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      var link = record.target;
      if (link !== quiet || !link.hasAttribute(record.attributeName)) {
        return;
      }
      var card = document.getElementById(link.getAttribute("aria-controls") || "");
      if (!quietCard && card && card.classList.contains("md-tooltip2")) {
        quietCard = card; // the card to keep closed as Material opens it, a frame later
      }
      tellClosed(link);
    });
  }).observe(document.body, { attributes: true, attributeFilter: ["aria-controls", "aria-haspopup"], subtree: true });
})();

/* A note call's card shows its note to the eye, but Material makes the card a dialog the
   call controls, which a screen reader does not read out as the focus reaches the call:
   it said "Note 7" and nothing of the note. The call is described by its note's text
   (without the note's ↩ and its print-only reference), as the reader hears a link's
   title, and, as the card gives them, the sources it cites in short in full after it: an
   "Ibid." alone named no source to the ear. The texts are held hidden at the start of the body, not in the calls: there, a
   passage copied from the text would take its notes' texts along in its HTML. Not at its
   end: Material measures each of the header's labels ("Clear") at the body's end, where
   its stylesheet hides a label after a hidden element ([hidden] + .md-tooltip--inline),
   and a label measured 0px wide was not kept in the window (cut off at a phone's right
   edge). Material takes any aria-describedby off the call as its card closes (and as it
   sets the call up): the description is put back each time. */
(function () {
  "use strict";
  var holder = document.createElement("div");
  holder.id = "explainer-note-texts";
  holder.hidden = true;
  function textIdOf(call) {
    var sup = call.closest(".note-call[id]");
    return sup ? sup.id + "-text" : "";
  }
  function describe(call) {
    var id = textIdOf(call);
    if (id && !call.hasAttribute("aria-describedby") && holder.contains(document.getElementById(id))) {
      call.setAttribute("aria-describedby", id);
    }
  }
  explainerOnEachPage(function () {
    // A page loaded in place has calls of its own: the last page's texts go.
    holder.textContent = "";
    document.body.prepend(holder);
    document.querySelectorAll(".note-call[id] > a.footnote-ref[href^='#']").forEach(function (call) {
      var note = document.getElementById(decodeURIComponent(call.hash.slice(1)));
      if (!note) {
        return;
      }
      var copy = note.cloneNode(true);
      copy.querySelectorAll(".footnote-backref, .explainer-note-reference, [hidden]").forEach(function (element) {
        element.remove();
      });
      // Each source line read after the note's last word, not run into it.
      copy.querySelectorAll(".explainer-note-source").forEach(function (line) {
        line.before(" ");
      });
      var text = document.createElement("span");
      text.id = textIdOf(call);
      text.textContent = copy.textContent.replace(/\s+/g, " ").trim();
      holder.appendChild(text);
      describe(call);
    });
  });
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.target.matches("a.footnote-ref")) {
        describe(record.target);
      }
    });
  }).observe(document.body, { attributes: true, attributeFilter: ["aria-describedby"], subtree: true });
})();

/* A site built without its address (no site_url) cannot name it in the cite box: where
   the reader reads it over the web, each form gets the address of the article's home
   page, and a reference to a section the section's, as the browser knows them. Read from
   a file, the box stays as it was built. */
(function () {
  "use strict";
  if (!/^https?:$/.test(window.location.protocol)) {
    return;
  }
  explainerOnEachPage(function () {
    document.querySelectorAll(".explainer-cite[data-cite-home]").forEach(function (box) {
      var addresses = [
        [box.getAttribute("data-cite-token"), new URL(box.getAttribute("data-cite-home"), window.location.href).href],
        [box.getAttribute("data-cite-section-token"), new URL(box.getAttribute("data-cite-section"), window.location.href).href],
      ];
      box.querySelectorAll("[data-cite-at-page]").forEach(function (form) {
        var text = form.getAttribute("data-cite-at-page");
        if (form.tagName === "P") {
          // The address shown as text breaks after its punctuation (url_breaks): the
          // token, so broken, is found without its <wbr>s, and the address gets its own.
          text = text.split("<wbr>").join("");
        }
        addresses.forEach(function (pair) {
          var address = pair[1];
          if (form.tagName === "P") {
            address = address.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
          }
          text = text.split(pair[0]).join(address);
        });
        if (form.tagName === "P") {
          form.innerHTML = text;
          form.querySelectorAll("a.citation-url").forEach(function (link) {
            // No lookbehind: a browser without it (Safari before 16.4) refuses the whole file.
            var pieces = link.textContent.replace(/([/.]+)(?=[^/.])/g, "$1\u0000").split("\u0000");
            link.textContent = "";
            pieces.forEach(function (piece, index) {
              if (index > 0) {
                link.appendChild(document.createElement("wbr"));
              }
              link.appendChild(document.createTextNode(piece));
            });
          });
        } else {
          form.textContent = text;
        }
      });
    });
  });
})();

/* A web page without a date of its own is cited with the day it was read (Chicago's,
   APA's and MLA's "accessed"), which a reference manager takes from a BibTeX record's
   urldate and an RIS record's Y2: the cite box's records, which named no day at all,
   had a reader add it by hand. The build cannot know that day: each record that gives
   an address gets, after it, the day the reader's browser shows the page, in the reader's
   calendar. A record without an address (a site read from a file) gets none. This runs
   after the addresses are written in (above). */
(function () {
  "use strict";
  function twoDigits(number) {
    return (number < 10 ? "0" : "") + number;
  }
  explainerOnEachPage(function () {
    var now = new Date();
    var day = [String(now.getFullYear()), twoDigits(now.getMonth() + 1), twoDigits(now.getDate())];
    document.querySelectorAll(".explainer-cite code.language-bibtex").forEach(function (form) {
      if (!/^ {2}urldate = /m.test(form.textContent)) {
        form.textContent = form.textContent.replace(/^( {2}url = \{.*\})(,?)$/m, "$1,\n  urldate = {" + day.join("-") + "}$2");
      }
    });
    document.querySelectorAll(".explainer-cite code.language-ris").forEach(function (form) {
      if (!/^Y2 {2}- /m.test(form.textContent)) {
        form.textContent = form.textContent.replace(/^(UR {2}- .*)$/m, "$1\nY2  - " + day.join("/"));
      }
    });
  });
})();

/* Material's copy button copies a code block's text with its trailing spaces cut: an RIS
   record then ends "ER  -", which EndNote does not read as the record's end. A cite box's
   button copies its form exactly, as shown and as the build wrote it. */
(function () {
  "use strict";
  document.addEventListener(
    "click",
    function (event) {
      var button = event.target.closest ? event.target.closest(".explainer-cite [data-clipboard-target]") : null;
      var form = button ? document.querySelector(button.getAttribute("data-clipboard-target")) : null;
      if (form) {
        button.setAttribute("data-clipboard-text", form.textContent);
      }
    },
    true
  );
})();

/* Material's copy button shows an icon only, and its tooltip turns the button's title
   ("Copy to clipboard") into a description: focused, the button had no name. A cite box's
   button is named by what it copies, in the article's words (its block's data-copy-label).
   Material may add the buttons after this has run: they are then named as they come. */
(function () {
  "use strict";
  explainerOnEachPage(function () {
    document.querySelectorAll(".explainer-cite pre[data-copy-label]").forEach(function (block) {
      function name() {
        var button = block.querySelector("button[data-clipboard-target]");
        if (button) {
          button.setAttribute("aria-label", block.getAttribute("data-copy-label"));
        }
        return button;
      }
      if (!name()) {
        var watch = new MutationObserver(function () {
          if (name()) {
            watch.disconnect();
          }
        });
        watch.observe(block, { childList: true, subtree: true });
      }
    });
  });
})();

/* A filter hides the entries or events of the other choices with CSS alone, which a screen
   reader is not told of: after each choice, the filter's status (a polite live region)
   says how many now show, in the phrase the article's language says that count with
   (Intl's plural rule: "one" is 1 in English, 0 and 1 in French). Without JavaScript the
   filter still filters, and the status stays empty. */
(function () {
  "use strict";
  // A tag the browser does not know (the config takes "en-1a") would throw and leave the
  // count unsaid: its language alone ("en") is tried, then the browser's own.
  function pluralRules(lang) {
    var tags = [lang, lang.split("-")[0]];
    for (var i = 0; i < tags.length; i++) {
      try {
        return new Intl.PluralRules(tags[i] || undefined);
      } catch (error) {
        continue;
      }
    }
    return new Intl.PluralRules();
  }
  explainerOnEachPage(function () {
    document.querySelectorAll(".explainer-filter-status[data-filter-items]").forEach(function (status) {
      var form = status.closest("form");
      var items = document.querySelectorAll(status.getAttribute("data-filter-items"));
      var plural = pluralRules(status.closest("[lang]") ? status.closest("[lang]").lang : "");
      if (!form) {
        return;
      }
      form.addEventListener("change", function () {
        var shown = Array.prototype.filter.call(items, function (item) {
          return item.getClientRects().length > 0;
        }).length;
        var phrase = status.getAttribute(plural.select(shown) === "one" ? "data-shown-one" : "data-shown-other");
        var text = phrase.split("{count}").join(String(shown));
        // Another choice that leaves as many would not be read out: the text must change.
        status.textContent = status.textContent === text ? text + "\u00a0" : text;
      });
    });
  });
})();

/* Material sets a definition's card below its link whatever the room there, and a note's
   on the side with more room: a term on the window's last line, or any card in a window
   256px high (400% zoom), opens out of sight. Where the keyboard brought the reader (to
   these or to any link with a title), the page scrolls so that the card is seen, its link
   still in view; a pointer is left alone, as scrolling would move the text from under it. */
(function () {
  "use strict";
  function bringIntoView(card) {
    var host = document.activeElement;
    // A card the pointer opened, over a link the keyboard had focused, is left as well.
    if (!host || !host.matches(":focus-visible") || host.matches(":hover")) {
      return;
    }
    if (host.getAttribute("aria-describedby") !== card.id && host.getAttribute("aria-controls") !== card.id) {
      return;
    }
    var header = document.querySelector(".md-header");
    var top = header ? header.getBoundingClientRect().bottom : 0;
    var bottom = window.innerHeight;
    // Where the card comes to rest: it slides in from 0.4rem above.
    var slide = 0.4 * parseFloat(getComputedStyle(document.documentElement).fontSize);
    var box = card.querySelector(".md-tooltip2__inner").getBoundingClientRect();
    var link = host.getBoundingClientRect();
    var shift = 0;
    if (box.bottom + slide > bottom) {
      shift = Math.min(box.bottom + slide - bottom + 8, link.top - top);
    } else if (box.top < top) {
      shift = -Math.min(top - box.top + 8, bottom - link.bottom);
    }
    if (shift !== 0) {
      window.scrollBy({ top: shift, behavior: "instant" });
    }
  }
  /* Where the page cannot scroll the card into view (the page's last lines, or a tap,
     which does not scroll), it stays in the window: on the other side of its link if it
     fits there, else on the side with more room, as high as that room, scrolling inside.
     A card that fits where Material sets it is left there. */
  function keepInWindow(card) {
    var host = document.querySelector('[aria-describedby="' + card.id + '"], [aria-controls="' + card.id + '"]');
    var inner = card.querySelector(".md-tooltip2__inner");
    if (!host || !inner) {
      return;
    }
    card.classList.remove("explainer-card--placed");
    inner.style.maxHeight = "";
    var header = document.querySelector(".md-header");
    var top = header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
    var bottom = window.innerHeight;
    var margin = 0.4 * parseFloat(getComputedStyle(document.documentElement).fontSize);
    var link = host.getBoundingClientRect();
    var height = inner.offsetHeight;
    // Material's offset of the card from its link's top, and so its gap to the link.
    var offset = parseFloat(card.style.getPropertyValue("--md-tooltip-y")) || 0;
    var below = offset >= 0;
    var gap = below ? offset - link.height : -offset - height;
    var roomBelow = bottom - margin - (link.bottom + gap);
    var roomAbove = link.top - gap - margin - top;
    if (height <= (below ? roomBelow : roomAbove)) {
      return;
    }
    if (height <= roomBelow) {
      below = true;
    } else if (height <= roomAbove) {
      below = false;
    } else {
      below = roomBelow >= roomAbove;
      height = Math.max(below ? roomBelow : roomAbove, 0);
      inner.style.maxHeight = height + "px";
    }
    card.style.setProperty("--explainer-card-y", (below ? link.height + gap : -gap - height) + "px");
    card.classList.add("explainer-card--placed");
  }
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      var card = record.target;
      var opened = card.classList.contains("md-tooltip2--active") && !/md-tooltip2--active/.test(record.oldValue || "");
      if (opened && card.classList.contains("md-tooltip2")) {
        bringIntoView(card);
        keepInWindow(card);
      }
    });
  }).observe(document.body, { attributes: true, attributeFilter: ["class"], attributeOldValue: true, subtree: true });
})();

/* A passage copied into a word processor or an email is pasted from the HTML the browser
   puts beside the text: there, the glossary's terms and the notes' references stayed
   links to this site's pages, set as the site sets them (a dashed blue underline on
   "China" in the author's sentence), which a reader quoting the author had to undo one by
   one. Where a selection holds such links, the HTML copied holds their words alone, in the
   italics and the language they are set in; what the copied text leaves out (a note's
   number, ¶ and ↩: user-select) is left out of it too, and the links that remain, to the
   sources, keep their whole address. */
(function () {
  "use strict";
  var siteLinks = "a.glossary-term, a.citation-ref";
  var left = "data-explainer-uncopied";
  var unlinked = "data-explainer-unlinked";
  function isLeftOut(element) {
    var style = getComputedStyle(element);
    return style.display === "none" || (style.userSelect || style.webkitUserSelect) === "none";
  }
  document.addEventListener("copy", function (event) {
    var selection = window.getSelection ? window.getSelection() : null;
    if (!event.clipboardData || !selection || selection.rangeCount !== 1 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    var root = range.commonAncestorContainer;
    root = root.nodeType === Node.ELEMENT_NODE ? root : root.parentElement;
    if (!root || !root.closest(".md-content") || root.closest("pre, input, textarea")) {
      return;
    }
    var within = Array.from(root.querySelectorAll("*")).filter(function (element) {
      return range.intersectsNode(element);
    });
    var links = within.filter(function (element) {
      return element.matches(siteLinks);
    });
    var around = root.closest(siteLinks);
    if (around) {
      links.push(around);
    }
    if (!links.length) {
      return;
    }
    var marked = within.filter(isLeftOut);
    marked.forEach(function (element) {
      element.setAttribute(left, "");
    });
    links.forEach(function (link) {
      link.setAttribute(unlinked, "");
    });
    var copy = document.createElement("div");
    try {
      copy.appendChild(range.cloneContents());
      // A selection inside a paragraph keeps the inline markup it lies in (its italics, its language).
      for (var element = root; element && !element.matches(".md-content") && getComputedStyle(element).display === "inline"; element = element.parentElement) {
        if (!element.hasAttribute(unlinked)) {
          var wrapper = element.cloneNode(false);
          while (copy.firstChild) {
            wrapper.appendChild(copy.firstChild);
          }
          copy.appendChild(wrapper);
        }
      }
    } finally {
      marked.concat(links).forEach(function (element) {
        element.removeAttribute(left);
        element.removeAttribute(unlinked);
      });
    }
    copy.querySelectorAll("[" + left + "]").forEach(function (element) {
      element.remove();
    });
    copy.querySelectorAll("[" + unlinked + "]").forEach(function (link) {
      link.replaceWith.apply(link, Array.from(link.childNodes));
    });
    copy.querySelectorAll("a[href]").forEach(function (link) {
      link.setAttribute("href", link.href);
    });
    event.clipboardData.setData("text/html", copy.innerHTML.replace(/\u2060/g, ""));
    event.clipboardData.setData("text/plain", selection.toString().replace(/\u2060/g, ""));
    event.preventDefault();
  });
})();

/* A range in a card's reference keeps its second number on its line with a word joiner
   (U+2060), since a title attribute holds no markup. Invisible, it would still be copied
   with the reference a reader selects in the card, and make a search for "145–172" or a
   reference manager's match fail: it is left out of what is copied. */
(function () {
  "use strict";
  document.addEventListener("copy", function (event) {
    var text = window.getSelection ? window.getSelection().toString() : "";
    if (text.indexOf("\u2060") === -1 || !event.clipboardData) {
      return;
    }
    event.clipboardData.setData("text/plain", text.replace(/\u2060/g, ""));
    event.preventDefault();
  });
})();

/* A search typed without diacritics finds "qiáowù" (the index holds the folded form of
   each word with diacritics, hidden in the paragraph that writes it), but Material marks
   letters as typed: it marks "qiaowu" and not "qiáowù", in a result's paragraph as on the
   page a result opens. Each word with diacritics whose folded form starts with a searched
   word is marked here too, as Material marks its own matches. */
(function () {
  "use strict";
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }
  var word = /[\p{L}\p{N}\p{M}]*[^\p{ASCII}][\p{L}\p{N}\p{M}]*/gu;
  function markFolded(root, typed) {
    var terms = typed.map(fold);
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentElement;
        return parent && !parent.closest("mark, script, style, [hidden]") ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    var found = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/[^\x00-\x7f]/.test(node.data)) {
        continue;
      }
      var matches = Array.from(node.data.matchAll(word)).filter(function (match) {
        var folded = fold(match[0]);
        var lower = match[0].toLowerCase();
        var markedByMaterial = typed.some(function (term) {
          return lower.indexOf(term) !== -1;
        });
        return !markedByMaterial && folded !== lower && terms.some(function (term) {
          return folded.startsWith(term);
        });
      });
      if (matches.length) {
        found.push([node, matches]);
      }
    }
    found.forEach(function (pair) {
      var node = pair[0];
      var parts = document.createDocumentFragment();
      var cursor = 0;
      pair[1].forEach(function (match) {
        parts.append(node.data.slice(cursor, match.index));
        var mark = document.createElement("mark");
        mark.setAttribute("data-md-highlight", "");
        mark.textContent = match[0];
        parts.append(mark);
        cursor = match.index + match[0].length;
      });
      parts.append(node.data.slice(cursor));
      node.replaceWith(parts);
    });
  }
  function words(text) {
    // As Material reads a query: quotation marks, a required or excluded word, a wildcard.
    return text.toLowerCase().split(/[\s"“”„«»]+/).map(function (term) {
      return term.replace(/^[+-]/, "").replace(/\*$/, "");
    }).filter(Boolean);
  }
  explainerOnEachPage(function () {
    var content = document.querySelector(".md-content");
    var typed = words(new URLSearchParams(window.location.search).get("h") || "");
    if (typed.length && content) {
      markFolded(content, typed);
    }
  });
  // Material adds the results to its list as they come, and more as the reader scrolls.
  var list = document.querySelector(".md-search-result__list");
  var input = document.querySelector(".md-search__input");
  if (list && input) {
    new MutationObserver(function (records) {
      var query = words(input.value);
      records.forEach(function (record) {
        record.addedNodes.forEach(function (item) {
          if (query.length && item.nodeType === Node.ELEMENT_NODE) {
            markFolded(item, query);
          }
        });
      });
    }).observe(list, { childList: true });
  }
})();

/* Material's search.highlight opens a result at "page/?h=the+words": the words searched
   would stay in the address bar, in the tab's history and in any address a reader copies
   or shares, where some readers are at risk if watched. Once the page has read them, the
   address is put back as it is without "h" (the rest of the query and the fragment kept),
   in the same history entry. Material reads "h" once, as it sets the page up (and again
   on each page navigation.instant loads), before this runs on the same page: its marks
   and the marks above stay. */
explainerOnEachPage(function () {
  "use strict";
  var address = new URL(window.location.href);
  if (!address.searchParams.has("h") || !window.history || !window.history.replaceState) {
    return;
  }
  address.searchParams.delete("h");
  window.history.replaceState(window.history.state, "", address.pathname + address.search + address.hash);
});

/* Material's search is a dialog with no name: opened, a screen reader said "dialog" alone.
   It is named as Material names its field, in the site's language ("Search"). */
(function () {
  "use strict";
  var dialog = document.querySelector('.md-search[role="dialog"]');
  var field = document.querySelector(".md-search__input");
  var name = field ? field.getAttribute("aria-label") : null;
  if (dialog && name && !dialog.hasAttribute("aria-label") && !dialog.hasAttribute("aria-labelledby")) {
    dialog.setAttribute("aria-label", name);
  }
})();

/* On a narrow screen Material opens the navigation drawer and the search with labels of
   hidden checkboxes: no key reaches them, a screen reader finds an unnamed image, and
   the drawer's links, out of sight, still take the Tab key. Each becomes a button, named
   as Material names what it opens, saying whether it is open, worked by Enter and Space;
   the closed drawer leaves the Tab order (inert), and Escape closes the open one. */
(function () {
  "use strict";
  var drawer = document.getElementById("__drawer");
  var sidebar = document.querySelector(".md-sidebar--primary");
  // Where Material's stylesheet makes the primary sidebar a drawer.
  var narrow = window.matchMedia("(max-width: 76.234375em)");
  var toggles = [
    [drawer, document.querySelector(".md-nav--primary")],
    [document.getElementById("__search"), document.querySelector(".md-search__input")],
  ];
  toggles.forEach(function (pair) {
    var toggle = pair[0];
    var opened = pair[1];
    if (!toggle || !opened) {
      return;
    }
    document.querySelectorAll('.md-header__button[for="' + toggle.id + '"]').forEach(function (button) {
      button.setAttribute("role", "button");
      button.tabIndex = 0;
      if (!button.hasAttribute("aria-label")) {
        button.setAttribute("aria-label", opened.getAttribute("aria-label") || "");
      }
      var state = function () {
        button.setAttribute("aria-expanded", String(toggle.checked));
      };
      state();
      toggle.addEventListener("change", state);
      button.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" && event.key !== " ") {
          return;
        }
        // As a disclosure button does, it keeps the focus: the next Tab goes on into what
        // opened. Material's own keys would click a focused label a second time on Enter.
        event.preventDefault();
        event.stopPropagation();
        button.click();
      });
    });
  });
  if (!drawer || !sidebar) {
    return;
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !drawer.checked || !narrow.matches) {
      return;
    }
    drawer.checked = false;
    drawer.dispatchEvent(new Event("change"));
    var button = document.querySelector('.md-header__button[for="__drawer"]');
    if (button) {
      button.focus();
    }
  });
})();

/* Where the search opens with its button (above), its field is out of sight until then;
   yet the Tab after the button went on into the field, which opened the search over the
   whole screen, only for the next Tab to close it again. There the closed search's field
   is no stop of the Tab key: the button is, which opens the search with the focus in it. */
(function () {
  "use strict";
  var toggle = document.getElementById("__search");
  var field = document.querySelector(".md-search__input");
  // Where Material's stylesheet shows the search's button.
  var narrow = window.matchMedia("(max-width: 59.984375em)");
  if (!toggle || !field || !document.querySelector('.md-header__button[for="__search"]')) {
    return;
  }
  function update() {
    if (narrow.matches && !toggle.checked) {
      field.tabIndex = -1;
    } else {
      field.removeAttribute("tabindex");
    }
  }
  update();
  toggle.addEventListener("change", update);
  narrow.addEventListener("change", update);
})();

/* The drawer shows one panel of the navigation at a time: a section's (or the page's table
   of contents) slides over the one above it, and closed ones wait off to its side, see
   through. Tab went through the covered panels' links, the closed ones', and the page
   under the overlay, out of sight; the panels' arrows, and the back arrow that goes up a
   level, are labels that no key reached. Where the drawer is a drawer: closed, it is
   inert; open, all but the panel seen is, save the overlay a tap closes it with; each
   arrow is a button (Enter, Space) saying whether its panel is open, and the focus
   follows the keyboard into the panel it opens, or back to the arrow that opened it. */
(function () {
  "use strict";
  var drawer = document.getElementById("__drawer");
  var sidebar = document.querySelector(".md-sidebar--primary");
  var primary = sidebar ? sidebar.querySelector(".md-nav--primary") : null;
  // Where Material's stylesheet makes the primary sidebar a drawer.
  var narrow = window.matchMedia("(max-width: 76.234375em)");
  if (!drawer || !sidebar || !primary) {
    return;
  }
  var arrows = Array.prototype.filter.call(primary.querySelectorAll("label.md-nav__link[for], label.md-nav__title[for]"), function (label) {
    return label.htmlFor !== drawer.id && document.getElementById(label.htmlFor);
  });
  // Material's own tabindex of each arrow, given back where the sidebar is no drawer.
  var tabindexes = arrows.map(function (label) {
    return label.getAttribute("tabindex");
  });
  var inerted = [];

  function toggleOf(panel) {
    return panel.parentElement ? panel.parentElement.querySelector(":scope > input.md-nav__toggle") : null;
  }
  // The panels that slide over ``panel``: the ones whose nearest panel above is it.
  function panelsIn(panel) {
    return Array.prototype.filter.call(panel.querySelectorAll(".md-nav"), function (inner) {
      return inner.parentElement.closest(".md-nav") === panel && toggleOf(inner);
    });
  }
  // The panel on top: the deepest open one (the last, where two are open side by side).
  function shownPanel() {
    var shown = primary;
    for (;;) {
      var open = panelsIn(shown).filter(function (panel) {
        return toggleOf(panel).checked;
      });
      if (!open.length) {
        return shown;
      }
      shown = open[open.length - 1];
    }
  }
  function makeInert(element) {
    if (!element.inert) {
      element.inert = true;
      inerted.push(element);
    }
  }
  function inertAllBut(root, kept, spared) {
    Array.prototype.forEach.call(root.children, function (child) {
      if (child === kept || spared(child)) {
        return;
      }
      if (child.contains(kept)) {
        inertAllBut(child, kept, spared);
      } else {
        makeInert(child);
      }
    });
  }
  function firstStop(panel) {
    return Array.prototype.find.call(panel.querySelectorAll("a[href], [tabindex]"), function (element) {
      return element.tabIndex >= 0 && !element.closest("[inert]") && element.getClientRects().length > 0;
    });
  }
  function update() {
    inerted.forEach(function (element) {
      element.inert = false;
    });
    inerted = [];
    arrows.forEach(function (label, index) {
      var toggle = document.getElementById(label.htmlFor);
      if (narrow.matches) {
        label.tabIndex = 0;
        label.setAttribute("role", "button");
        label.setAttribute("aria-expanded", String(toggle.checked));
        // An arrow alone (beside a section's link) is named by its panel's title.
        var title = primary.querySelector('label.md-nav__title[for="' + label.htmlFor + '"]');
        if (!label.textContent.trim() && title && title !== label) {
          label.setAttribute("aria-label", title.textContent.replace(/\s+/g, " ").trim());
        }
      } else {
        if (tabindexes[index] === null) {
          label.removeAttribute("tabindex");
        } else {
          label.setAttribute("tabindex", tabindexes[index]);
        }
        label.removeAttribute("role");
        label.removeAttribute("aria-expanded");
      }
    });
    if (!narrow.matches) {
      return null;
    }
    if (!drawer.checked) {
      makeInert(sidebar);
      return null;
    }
    var shown = shownPanel();
    // The page under the overlay, and the header; not the overlay, nor Material's toggles.
    inertAllBut(document.body, sidebar, function (element) {
      return element.matches(".md-overlay, input.md-toggle");
    });
    inertAllBut(sidebar, shown, function () {
      return false;
    });
    panelsIn(shown).forEach(makeInert);
    return shown;
  }

  update();
  narrow.addEventListener("change", update);
  // The drawer's toggle, and each panel's: every change of what the drawer shows.
  function changed(event) {
    var toggle = event.target;
    if (toggle !== drawer && !toggle.matches(".md-nav__toggle")) {
      return;
    }
    var focused = document.activeElement;
    var byKeyboard = focused && focused !== document.body && focused.matches(":focus-visible");
    var shown = update();
    if (!byKeyboard || !shown || (document.activeElement === focused && !focused.closest("[inert]"))) {
      return;
    }
    // The control the keyboard worked is now covered: the focus goes where the eyes go.
    var target = null;
    if (toggle === drawer || toggle.checked) {
      target = firstStop(shown);
    } else {
      target = arrows.find(function (label) {
        return label.htmlFor === toggle.id && label.classList.contains("md-nav__link") && !label.closest("[inert]");
      });
    }
    // Not scrolled to: the panel is still sliding in, and the drawer would scroll sideways
    // to where it starts, showing nothing.
    if (target) {
      target.focus({ preventScroll: true });
    }
  }
  drawer.addEventListener("change", changed);
  primary.addEventListener("change", changed);
  primary.addEventListener("keydown", function (event) {
    var label = event.target;
    if ((event.key !== "Enter" && event.key !== " ") || arrows.indexOf(label) === -1 || !narrow.matches) {
      return;
    }
    // Material's own keys click a focused label on Enter: once is enough.
    event.preventDefault();
    event.stopPropagation();
    label.click();
  });
})();

/* Material's light and dark switch is a pair of radio buttons, neither of them checked: the
   button shown is the label after the scheme's own radio, which clicks the other. The Tab
   key stops at a group's checked radio, or else at its first: in the dark scheme that was
   the light scheme's, whose label is hidden, so the focus was nowhere to be seen, and a
   screen reader read "Switch to dark mode" on a dark page; in the light scheme, Space
   chose the light scheme, shown already, and nothing happened. The radio of the scheme
   shown is checked, so that the focus lands where the switch is seen, and Space switches,
   as a click does and as Enter does (Material's own key). */
(function () {
  "use strict";
  var form = document.querySelector('form[data-md-component="palette"]');
  if (!form) {
    return;
  }
  var radios = Array.prototype.slice.call(form.querySelectorAll("input.md-option"));
  function shownLabel(radio) {
    var label = radio.nextElementSibling;
    return label && label.tagName === "LABEL" && !label.hidden ? label : null;
  }
  function checkShown() {
    radios.forEach(function (radio) {
      if (shownLabel(radio) && !radio.checked) {
        radio.checked = true;
      }
    });
  }
  checkShown();
  // Material shows the label of the scheme it sets, on loading and on each switch.
  new MutationObserver(checkShown).observe(form, { attributes: true, attributeFilter: ["hidden"], subtree: true });
  form.addEventListener("keydown", function (event) {
    var radio = event.target;
    var label = radios.indexOf(radio) !== -1 ? shownLabel(radio) : null;
    if (event.key !== " " || !label) {
      return;
    }
    event.preventDefault();
    label.click();
    var chosen = document.getElementById(label.htmlFor);
    if (chosen) {
      chosen.focus();
    }
  });
})();

/* Material's "Back to top" (navigation.top) shows over the text's top while the page
   scrolls up, and hides as it scrolls down. A link that jumps up the page (a note's ↩, the
   contents' Notes from below) opens what it leads to below the button (explainer.css,
   under data-explainer-jump-up); one that jumps down (a note's call, a summary's ¶), after
   which the button stays hidden, opens it where Material does, 44px higher, under the
   header. Up is where the target stands above the place Material's margin (3.6rem) would
   set it. Decided as the link is followed, before the page scrolls. */
(function () {
  "use strict";
  var root = document.documentElement;
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target.closest ? event.target.closest("a[href*='#']") : null;
      if (!link) {
        return;
      }
      var url = new URL(link.href, window.location.href);
      var here = new URL(window.location.href);
      if (url.origin !== here.origin || url.pathname !== here.pathname || url.search !== here.search) {
        return;
      }
      var target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
      if (!target) {
        return;
      }
      var margin = 3.6 * parseFloat(getComputedStyle(root).fontSize);
      var up = Boolean(document.querySelector(".md-top")) && target.getBoundingClientRect().top < margin;
      root.toggleAttribute("data-explainer-jump-up", up);
    },
    true
  );
})();

/* Back from a page a link led to, a browser that keeps no copy of the page (its
   back/forward cache off, full, or refused by the page) loads it again and scrolls it to
   where the reader was, but leaves the focus on the page itself: the keyboard reader who
   had followed a glossary term with Enter went on with the next Tab from "Skip to
   content", at the top of the page. The link followed by the keyboard is remembered in
   the history entry the reader comes back to, and has the focus again on the way back,
   where it stands (not scrolled to). A link followed with a mouse or a finger is not
   focused: no focus ring is drawn for that reader. */
(function () {
  "use strict";
  if (!window.history || !history.replaceState) {
    return;
  }
  // The page's links, counted alike when followed and on the way back: not those of a
  // card, which is there only while it is open.
  function pageLinks() {
    return Array.prototype.filter.call(document.querySelectorAll("a[href]"), function (link) {
      return !link.closest(".md-tooltip2");
    });
  }
  function remember(followed) {
    var state = Object.assign({}, history.state);
    if (followed) {
      state.explainerFollowed = followed;
    } else {
      delete state.explainerFollowed;
    }
    history.replaceState(state, "");
  }
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target.closest ? event.target.closest("a[href]") : null;
      if (!link || event.defaultPrevented) {
        return;
      }
      var to = new URL(link.href, window.location.href);
      // A link within the page (a note's call, a heading's) leaves no page to come back to.
      if (to.origin + to.pathname + to.search === window.location.origin + window.location.pathname + window.location.search) {
        return;
      }
      // Enter on a focused link clicks it with no pointer: its `detail` counts no press.
      var byKeyboard = event.detail === 0 && link === document.activeElement;
      if (!byKeyboard) {
        if (history.state && history.state.explainerFollowed) {
          remember(null);
        }
        return;
      }
      remember({ index: pageLinks().indexOf(link), href: link.getAttribute("href") });
    },
    true
  );
  window.addEventListener("pageshow", function (event) {
    var followed = history.state && history.state.explainerFollowed;
    var entry = window.performance && performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
    // A page the cache restored has its focus already; one opened anew has none to give.
    if (!followed || event.persisted || !entry || entry.type !== "back_forward") {
      return;
    }
    if (document.activeElement && document.activeElement !== document.body) {
      return;
    }
    var links = pageLinks();
    var link = links[followed.index];
    if (!link || link.getAttribute("href") !== followed.href) {
      // The page changed since: the first link to the same place, if there is one.
      link = links.find(function (candidate) {
        return candidate.getAttribute("href") === followed.href;
      });
    }
    if (link) {
      link.focus({ preventScroll: true });
    }
  });
})();
