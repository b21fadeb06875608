/* The review page's script (stancegraph review; docs/REVIEW.md). It reads the data block, which
 * it never runs, and writes every text from it with textContent or value, never as markup. */
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var snap = data.snapshot;
  var TYPES = ["support", "criticism", "negotiation"];
  var actors = snap.actors.map(function (a) { return { src: a, name: a.name, into: -1 }; });
  var indexOf = {};
  snap.actors.forEach(function (a, i) { indexOf[a.id] = i; });
  var cards = snap.relations.map(function (r, i) {
    return { rel: r, sentence: data.placed[i], source: indexOf[r.source], target: indexOf[r.target],
             type: r.type, weight: r.weight, status: "pending", added: false, changed: false };
  });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function root(i) { while (actors[i].into >= 0) i = actors[i].into; return i; }
  function sentenceText(i) { return data.sentences[i].pieces.map(function (p) { return p[0]; }).join(""); }
  function live() { var out = []; actors.forEach(function (a, i) { if (a.into < 0) out.push(i); }); return out; }

  function actorSelect(value, label, onchange) {
    var s = el("select");
    s.setAttribute("aria-label", label);
    live().forEach(function (i) {
      var o = el("option", null, actors[i].name);
      o.value = String(i);
      s.appendChild(o);
    });
    s.value = String(root(value));
    s.addEventListener("change", function () { onchange(Number(s.value)); });
    return s;
  }

  function cardView(card) {
    var box = el("div", "card " + card.status);
    box.tabIndex = 0;
    box.card = card;
    var pair = el("div", "pair");
    pair.appendChild(actorSelect(card.source, "source", function (v) { card.source = v; edited(card); }));
    var swap = el("button", null, "\u21c4");
    swap.type = "button";
    swap.title = "swap direction (d)";
    swap.setAttribute("aria-label", "swap direction");
    swap.addEventListener("click", function () { swapCard(card); });
    pair.appendChild(swap);
    pair.appendChild(actorSelect(card.target, "target", function (v) { card.target = v; edited(card); }));
    box.appendChild(pair);
    var settings = el("div", "settings");
    var type = el("select", "type-" + card.type);
    type.setAttribute("aria-label", "type");
    TYPES.forEach(function (t) { var o = el("option", null, t); o.value = t; type.appendChild(o); });
    type.value = card.type;
    type.addEventListener("change", function () { card.type = type.value; edited(card); });
    settings.appendChild(type);
    var weight = el("input");
    weight.type = "number"; weight.min = "0.1"; weight.max = "1"; weight.step = "0.1";
    weight.value = String(card.weight);
    weight.setAttribute("aria-label", "weight");
    weight.addEventListener("change", function () { setWeight(card, Number(weight.value)); });
    settings.appendChild(el("span", null, "weight"));
    settings.appendChild(weight);
    box.appendChild(settings);
    var r = card.rel;
    var meta = card.added ? "added by hand" :
      (r.confidence !== undefined ? "confidence " + Number(r.confidence).toFixed(2) : "") +
      (r.cue ? " \u00b7 cue \u201c" + r.cue + "\u201d" : "") + (r.rule ? " \u00b7 " + r.rule : "");
    box.appendChild(el("p", "meta", meta));
    var actions = el("div", "actions");
    [["accept", "Accept (a)", "accepted"], ["reject", "Reject (r)", "rejected"]].forEach(function (b) {
      var button = el("button", b[0], b[1]);
      button.type = "button";
      button.addEventListener("click", function () { setStatus(card, b[2]); });
      actions.appendChild(button);
    });
    box.appendChild(actions);
    return box;
  }

  function mentionView(piece) {
    if (piece[1] < 0) return document.createTextNode(piece[0]);
    var i = root(piece[1]);
    var span = el("span", "mention c" + (i % 10), piece[0]);
    span.title = actors[i].name;
    return span;
  }

  function sentenceView(s, i) {
    var box = el("div", "sentence" + (s.paragraph ? " paragraph" : ""));
    box.dataset.sentence = String(i);
    var text = el("p", "text");
    s.pieces.forEach(function (p) { text.appendChild(mentionView(p)); });
    box.appendChild(text);
    var list = el("div", "cards");
    cards.forEach(function (c) { if (c.sentence === i) list.appendChild(cardView(c)); });
    var add = el("button", "add", "+ statement");
    add.type = "button";
    add.setAttribute("aria-label", "add a statement to sentence " + (i + 1));
    add.addEventListener("click", function () { addCard(i); });
    list.appendChild(add);
    box.appendChild(list);
    return box;
  }

  function actorView(i) {
    var a = actors[i];
    var row = el("div", "actor" + (a.into >= 0 ? " merged" : ""));
    row.appendChild(el("span", "chip c" + (i % 10)));
    var name = el("input");
    name.value = a.name;
    name.setAttribute("aria-label", "name of " + a.src.id);
    name.addEventListener("change", function () { if (name.value.trim()) { a.name = name.value.trim(); render(); } });
    row.appendChild(name);
    row.appendChild(el("span", "about", a.src.id + " \u00b7 " + a.src.type + (a.into >= 0 ? " \u00b7 merged into " + actors[root(i)].name : "")));
    if (a.into < 0) {
      var merge = el("select");
      merge.setAttribute("aria-label", "merge " + a.src.id + " into");
      var none = el("option", null, "merge into\u2026");
      none.value = "-1";
      merge.appendChild(none);
      live().forEach(function (j) {
        if (j === i) return;
        var o = el("option", null, actors[j].name);
        o.value = String(j);
        merge.appendChild(o);
      });
      merge.addEventListener("change", function () { if (merge.value !== "-1") { a.into = Number(merge.value); render(); } });
      row.appendChild(el("span"));
      row.appendChild(merge);
    }
    return row;
  }

  function render() {
    var focused = document.activeElement && document.activeElement.card;
    document.getElementById("title").textContent = snap.snapshot.id +
      (snap.snapshot.title ? " \u2014 " + snap.snapshot.title : "");
    var panel = document.getElementById("actors");
    panel.textContent = "";
    actors.forEach(function (a, i) { panel.appendChild(actorView(i)); });
    var list = document.getElementById("sentences");
    list.textContent = "";
    var loose = cards.filter(function (c) { return c.sentence < 0; });
    if (loose.length) {
      var box = el("div", "sentence");
      box.appendChild(el("p", "text", "Proposals whose evidence is no sentence of this article:"));
      var holder = el("div", "cards");
      loose.forEach(function (c) { holder.appendChild(cardView(c)); });
      box.appendChild(holder);
      list.appendChild(box);
    }
    data.sentences.forEach(function (s, i) { list.appendChild(sentenceView(s, i)); });
    status();
    if (focused) focusCard(focused);
  }

  function status(message) {
    var n = { accepted: 0, rejected: 0, pending: 0 }, added = 0;
    cards.forEach(function (c) { n[c.status]++; if (c.added) added++; });
    document.getElementById("status").textContent = (message ? message + " \u2014 " : "") +
      cards.length + " statements: " + n.accepted + " accepted (" + added + " added), " +
      n.rejected + " rejected, " + n.pending + " to check.";
  }

  function views() { return Array.prototype.slice.call(document.querySelectorAll(".card")); }
  function focusCard(card) { views().forEach(function (v) { if (v.card === card) v.focus(); }); }
  function current() { var a = document.activeElement; var c = a && a.closest && a.closest(".card"); return c ? c.card : null; }
  function edited(card) { card.changed = true; if (card.status === "pending") card.status = "accepted"; render(); focusCard(card); }
  function setStatus(card, s) { card.status = s; render(); focusCard(card); }
  function swapCard(card) { var s = card.source; card.source = card.target; card.target = s; edited(card); }
  function setWeight(card, w) { if (!(w > 0)) w = 0.1; card.weight = Math.min(1, Math.round(w * 10) / 10); edited(card); }
  function addCard(i) {
    if (!data.sentences[i]) return;
    var named = [];
    data.sentences[i].pieces.forEach(function (p) { if (p[1] >= 0 && named.indexOf(root(p[1])) < 0) named.push(root(p[1])); });
    var all = live();
    var source = named.length ? named[0] : all[0], target = named.length > 1 ? named[1] : all[all.length > 1 ? 1 : 0];
    var card = { rel: null, sentence: i, source: source, target: target, type: "support", weight: 0.6,
                 status: "accepted", added: true, changed: true };
    cards.push(card);
    render();
    focusCard(card);
  }

  function checkedSnapshot() {
    var out = { format: snap.format, snapshot: snap.snapshot, actors: [], relations: [] };
    actors.forEach(function (a, i) {
      if (a.into >= 0) return;
      var copy = JSON.parse(JSON.stringify(a.src));
      copy.name = a.name;
      var aliases = (copy.aliases || []).slice();
      if (a.name !== a.src.name) aliases.push(a.src.name);
      actors.forEach(function (b, j) {
        if (j !== i && root(j) === i) aliases = aliases.concat([b.src.name], b.src.aliases || []);
      });
      aliases = aliases.filter(function (x, k) { return x !== copy.name && aliases.indexOf(x) === k; });
      if (aliases.length) copy.aliases = aliases; else delete copy.aliases;
      out.actors.push(copy);
    });
    var problems = [];
    cards.forEach(function (c) {
      if (c.status !== "accepted") return;
      var s = root(c.source), t = root(c.target);
      if (s === t) { problems.push(actors[s].name); return; }
      var r = c.added ? {} : JSON.parse(JSON.stringify(c.rel));
      if (c.changed) data.provenance.forEach(function (k) { delete r[k]; });
      r.source = actors[s].src.id; r.target = actors[t].src.id;
      r.type = c.type; r.weight = c.weight;
      if (c.added) r.evidence = sentenceText(c.sentence);
      r.checked = true;
      var ordered = { source: r.source, target: r.target, type: r.type, weight: r.weight };
      Object.keys(r).forEach(function (k) { if (!(k in ordered)) ordered[k] = r[k]; });
      out.relations.push(ordered);
    });
    return { snapshot: out, problems: problems };
  }

  function save() {
    var result = checkedSnapshot();
    if (result.problems.length) {
      status("Not saved: a statement has " + result.problems[0] + " as both source and target");
      return;
    }
    var text = JSON.stringify(result.snapshot, null, 2) + "\n";
    var link = el("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    link.download = snap.snapshot.id + ".checked.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    status("Saved " + link.download);
  }

  function move(step) {
    var all = views(), card = current(), at = -1;
    all.forEach(function (v, k) { if (v.card === card) at = k; });
    var next = all[Math.max(0, Math.min(all.length - 1, at + step))];
    if (next) next.focus();
  }

  document.addEventListener("keydown", function (e) {
    var tag = e.target.tagName;
    if (e.ctrlKey || e.metaKey || e.altKey || tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
    var card = current(), done = true;
    switch (e.key) {
      case "j": move(card ? 1 : 0); break;
      case "k": move(card ? -1 : 0); break;
      case "a": if (card) setStatus(card, "accepted"); break;
      case "r": if (card) setStatus(card, "rejected"); break;
      case "t": if (card) { card.type = TYPES[(TYPES.indexOf(card.type) + 1) % 3]; edited(card); } break;
      case "d": if (card) swapCard(card); break;
      case "+": if (card) setWeight(card, card.weight + 0.1); break;
      case "-": if (card) setWeight(card, card.weight - 0.1); break;
      case "n": addCard(card && card.sentence >= 0 ? card.sentence : 0); break;
      case "s": save(); break;
      case "?": toggleHelp(); break;
      default: done = false;
    }
    if (done) e.preventDefault();
  });

  function toggleHelp() {
    var help = document.getElementById("help"), keys = document.getElementById("keys");
    help.hidden = !help.hidden;
    keys.setAttribute("aria-expanded", String(!help.hidden));
  }
  document.getElementById("keys").addEventListener("click", toggleHelp);
  document.getElementById("save").addEventListener("click", save);
  window.stancegraphReview = { checkedSnapshot: checkedSnapshot };
  document.getElementById("actors-panel").open = window.matchMedia("(min-width: 1000px)").matches;
  render();
})();
