// SPDX-License-Identifier: MIT
/* Reader actions to page updates: remembered highlighting, the "cite this" box, notes in
   browsers without popovers, and the client-side search. Reading needs none of it. */
(function () {
  "use strict";

  var HIGHLIGHT_KEY = "edition.highlight";
  var MAX_RESULTS = 200;

  function rememberHighlight() {
    var box = document.getElementById("ed-highlight");
    if (!box) return;
    try {
      var saved = window.localStorage.getItem(HIGHLIGHT_KEY);
      if (saved !== null) box.checked = saved === "1";
    } catch (e) { /* storage may be refused (private mode, file:): the switch still works */ }
    box.addEventListener("change", function () {
      try { window.localStorage.setItem(HIGHLIGHT_KEY, box.checked ? "1" : "0"); } catch (e) { /* see above */ }
    });
  }

  // Without the popover API a note marker leads to the note in the list instead.
  function notesWithoutPopover() {
    if (Object.prototype.hasOwnProperty.call(HTMLElement.prototype, "popover")) return;
    document.querySelectorAll("button.note-ref[popovertarget]").forEach(function (button) {
      button.addEventListener("click", function () {
        window.location.hash = button.getAttribute("popovertarget").replace(/^pop-/, "");
      });
    });
  }

  // The "cite this" box, opened only by its button, follows the paragraph or note the
  // address points to; its permalink is the site's public address when the build was given
  // one, never a path of the reader's file system.
  function citeBox() {
    var box = document.getElementById("ed-cite");
    if (!box) return;
    var pageLabel = box.getAttribute("data-page-label");
    var pagesLabel = box.getAttribute("data-pages-label");
    var siteUrl = box.getAttribute("data-site-url");
    var pageSpan = box.querySelector(".cite-page");
    var urlSpan = box.querySelector(".cite-url");
    var copy = document.createElement("button");
    copy.type = "button";
    copy.className = "cite-copy";
    copy.textContent = box.getAttribute("data-copy");
    box.appendChild(copy);
    copy.addEventListener("click", function () {
      var text = box.querySelector(".cite-text").textContent.replace(/\s+/g, " ").trim();
      var done = function () { copy.textContent = box.getAttribute("data-copied"); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { selectText(box); });
      } else {
        selectText(box);
      }
    });

    function base() {
      var file = window.location.pathname.split("/").pop();
      if (siteUrl) return siteUrl + file;
      if (/^https?:$/.test(window.location.protocol)) return window.location.href.split("#")[0];
      return file;
    }

    function update() {
      var id = decodeURIComponent(window.location.hash.slice(1));
      var target = id && document.getElementById(id);
      var block = target && target.closest("#ed-text") &&
        target.closest("p[data-page], p[id], li[id], div[id].p");
      var page = block ? block.getAttribute("data-page") : null;
      pageSpan.textContent = page ? ", " + (/[–-]/.test(page) ? pagesLabel : pageLabel) + " " + page : "";
      urlSpan.textContent = base() + (block ? "#" + block.id : "");
      copy.textContent = box.getAttribute("data-copy");
    }
    window.addEventListener("hashchange", update);
    box.addEventListener("beforetoggle", update);
    update();
  }

  // A name in the text opens its register card beside it instead of leaving the page; the
  // names and dates are one stop of the Tab key, the arrow keys going from one to the next.
  function entityCards() {
    var text = document.getElementById("ed-text");
    if (!text || !Object.prototype.hasOwnProperty.call(HTMLElement.prototype, "popover")) return;
    // names and dates: every highlighted link of the text, outside the popovers' copies
    var names = Array.prototype.filter.call(text.querySelectorAll("a.entity"), function (a) {
      return !a.closest(".note-popover");
    });
    var opener = null;
    text.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a.entity[data-card]");
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button) return;
      var card = document.getElementById(link.getAttribute("data-card"));
      if (!card) return;
      event.preventDefault();
      if (card.matches(":popover-open")) card.hidePopover();
      var box = link.getBoundingClientRect();
      card.style.setProperty("--card-top", Math.round(Math.min(box.bottom + 6, window.innerHeight - 160)) + "px");
      card.style.setProperty("--card-left", Math.round(Math.max(8, Math.min(box.left, window.innerWidth - 360))) + "px");
      opener = link;
      card.showPopover();
      var close = card.querySelector(".note-close");
      if (close && event.detail === 0) close.focus();  // opened from the keyboard
    });
    document.querySelectorAll(".entity-card").forEach(function (card) {
      card.addEventListener("toggle", function (event) {
        if (event.newState === "closed" && opener && card.contains(document.activeElement)) opener.focus();
      });
    });
    if (names.length < 2) return;
    var hint = document.getElementById("ed-entity-keys");
    function current(index) {
      names.forEach(function (name, i) {
        name.tabIndex = i === index ? 0 : -1;
        if (hint) {
          if (i === index) name.setAttribute("aria-describedby", hint.id);
          else name.removeAttribute("aria-describedby");
        }
      });
    }
    current(0);
    names.forEach(function (name, i) {
      name.addEventListener("focus", function () { current(i); });
      name.addEventListener("keydown", function (event) {
        var to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1,
                   Home: 0, End: names.length - 1 }[event.key];
        if (to === undefined || to < 0 || to >= names.length) return;
        event.preventDefault();
        current(to);
        names[to].focus();
      });
    });
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element.querySelector(".cite-text"));
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // Folding for search: case and diacritics do not count ("Zinov'ev" finds "zinov'ev",
  // "Černý" finds "cerny"). Keeps, for each folded character, where it came from.
  function fold(text) {
    var folded = "";
    var origin = [];
    for (var i = 0; i < text.length; i++) {
      var piece = text[i].normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      for (var j = 0; j < piece.length; j++) origin.push(i);
      folded += piece;
    }
    origin.push(text.length);
    return { text: folded, origin: origin };
  }

  // A query to its terms: a phrase in quotation marks ("..." or “...”) is one term, other
  // words are terms of their own; each term is a list of folded forms, any of which counts.
  function parseQuery(query) {
    var found = [];
    var pattern = /["“”„«»]([^"“”„«»]+)["“”„«»]|(\S+)/g;
    var match;
    while ((match = pattern.exec(query)) !== null) {
      var text = fold(match[1] !== undefined ? match[1] : match[2]).text.replace(/\s+/g, " ").trim();
      if (text) found.push([text]);
    }
    return found;
  }

  // With variants asked for, a term that is one of a register entry's names (or the whole
  // query, a name of several words) also finds the entry's other names.
  function withVariants(termList, names) {
    var byForm = {};
    names.forEach(function (forms) {
      var folded = forms.map(function (form) { return fold(form).text; });
      folded.forEach(function (form) { byForm[form] = (byForm[form] || []).concat(folded); });
    });
    var whole = termList.map(function (t) { return t[0]; }).join(" ");
    if (termList.length > 1 && byForm[whole]) return [unique([whole].concat(byForm[whole]))];
    return termList.map(function (term) {
      return byForm[term[0]] ? unique(term.concat(byForm[term[0]])) : term;
    });
  }

  function unique(list) {
    return list.filter(function (item, i) { return list.indexOf(item) === i; });
  }

  function count(text, word) {
    var n = 0;
    for (var at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
    return n;
  }

  // The passage around the first hit, with every hit of every form marked.
  function snippet(text, folded, words) {
    var first = Infinity;
    var ranges = [];
    words.forEach(function (word) {
      var at = folded.text.indexOf(word);
      if (at >= 0 && at < first) first = at;
      while (at >= 0) {
        ranges.push([folded.origin[at], folded.origin[at + word.length]]);
        at = folded.text.indexOf(word, at + word.length);
      }
    });
    var start = Math.max(0, folded.origin[first] - 80);
    var end = Math.min(text.length, folded.origin[first] + 220);
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var fragment = document.createDocumentFragment();
    var at = start;
    if (start > 0) fragment.appendChild(document.createTextNode("… "));
    ranges.forEach(function (range) {
      if (range[0] < at || range[1] > end) return;
      fragment.appendChild(document.createTextNode(text.slice(at, range[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(range[0], range[1]);
      fragment.appendChild(mark);
      at = range[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? " …" : "")));
    return fragment;
  }

  var KIND_WEIGHT = { head: 3, text: 1, note: 0.8 };

  function search() {
    var form = document.getElementById("ed-search-form");
    var index = window.editionSearchIndex;
    if (!form || !index) return;
    var input = document.getElementById("ed-q");
    var variants = document.getElementById("ed-variants");
    var edition = document.getElementById("ed-edition");
    var status = document.getElementById("ed-search-status");
    var list = document.getElementById("ed-search-results");
    var folded = null;

    function run(query) {
      var termList = parseQuery(query);
      list.textContent = "";
      status.textContent = "";
      if (termList.length === 0) return;
      if (variants && variants.checked) termList = withVariants(termList, index.names || []);
      if (folded === null) folded = index.blocks.map(function (block) { return fold(block[3]); });
      var only = edition && edition.value;
      var hits = [];
      for (var i = 0; i < index.blocks.length; i++) {
        if (only && index.editions[index.blocks[i][0]][0] !== only) continue;
        var text = folded[i].text;
        var score = 0;
        var all = termList.every(function (forms) {
          var n = 0;
          forms.forEach(function (form) { n += count(text, form); });
          score += n * (forms[0].indexOf(" ") >= 0 ? 2 : 1);
          return n > 0;
        });
        if (all) hits.push({ i: i, score: score * (KIND_WEIGHT[index.blocks[i][4]] || 1) });
      }
      // the passages with most hits first, headings before text, then in reading order
      hits.sort(function (a, b) { return b.score - a.score || a.i - b.i; });
      var template = hits.length === 0 ? status.getAttribute("data-none")
        : hits.length > MAX_RESULTS ? status.getAttribute("data-more") : status.getAttribute("data-some");
      status.textContent = template.replace("{n}", hits.length).replace("{shown}", MAX_RESULTS);
      var words = [].concat.apply([], termList);
      var highlight = "?hl=" + encodeURIComponent(JSON.stringify(words));
      hits.slice(0, MAX_RESULTS).forEach(function (hit) {
        var block = index.blocks[hit.i];
        var ed = index.editions[block[0]];
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.className = "result-place";
        link.href = ed[0] + ".html" + highlight + (block[1] ? "#" + encodeURIComponent(block[1]) : "");
        link.textContent = ed[1] + ", " + block[2];
        var passage = document.createElement("p");
        passage.appendChild(snippet(block[3], folded[hit.i], words));
        item.appendChild(link);
        item.appendChild(passage);
        list.appendChild(item);
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value);
      if (variants) { if (variants.checked) url.searchParams.set("variants", "1"); else url.searchParams.delete("variants"); }
      if (edition) { if (edition.value) url.searchParams.set("edition", edition.value); else url.searchParams.delete("edition"); }
      try { window.history.replaceState(null, "", url.href); } catch (e) { /* file: may refuse */ }
      run(input.value);
    });
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    if (variants) variants.checked = params.get("variants") === "1";
    if (edition && params.get("edition")) edition.value = params.get("edition");
    run(input.value);
  }

  // A reading page opened from a search result marks the words searched for in the passage
  // it opens at (the whole text when it opens at the top).
  function searchHits() {
    var text = document.getElementById("ed-text");
    var param = new URLSearchParams(window.location.search).get("hl");
    if (!text || !param) return;
    var words;
    try { words = JSON.parse(param); } catch (e) { return; }
    if (!Array.isArray(words)) return;
    words = words.filter(function (w) { return typeof w === "string" && w.length > 0; });
    if (!words.length) return;
    var id = decodeURIComponent(window.location.hash.slice(1));
    var scope = (id && document.getElementById(id)) || text;
    var walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest("[popover], .sic, script") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var folded = fold(node.data);
      var ranges = [];
      words.forEach(function (word) {
        for (var at = folded.text.indexOf(word); at >= 0; at = folded.text.indexOf(word, at + word.length)) {
          ranges.push([folded.origin[at], folded.origin[at + word.length]]);
        }
      });
      if (!ranges.length) return;
      ranges.sort(function (a, b) { return a[0] - b[0]; });
      var fragment = document.createDocumentFragment();
      var at = 0;
      ranges.forEach(function (range) {
        if (range[0] < at) return;
        fragment.appendChild(document.createTextNode(node.data.slice(at, range[0])));
        var mark = document.createElement("mark");
        mark.className = "search-hit";
        mark.textContent = node.data.slice(range[0], range[1]);
        fragment.appendChild(mark);
        at = range[1];
      });
      fragment.appendChild(document.createTextNode(node.data.slice(at)));
      node.parentNode.replaceChild(fragment, node);
    });
  }

  function start() {
    rememberHighlight();
    notesWithoutPopover();
    citeBox();
    entityCards();
    search();
    searchHits();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
