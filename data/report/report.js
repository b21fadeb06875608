/* The report's script (docs/REPORT.md), compiled into the page by src/render/report.c. Everything
   it shows is already in the page as text; it only sorts the actors table, filters the
   statements, switches the change tabs and, when an actor is chosen (click, Enter or Space on
   its name or its node; Escape undoes it), lights its ties in the diagram and lists its statements. It reads the
   page, never inserts markup: text goes in through textContent. */
(function () {
  'use strict';
  var $ = function (s, root) { return (root || document).querySelector(s); };
  var all = function (s, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(s));
  };
  var names = {};
  all('#actors tbody tr').forEach(function (r) {
    names[r.getAttribute('data-actor')] = r.getAttribute('data-name');
  });

  /* The actors table: click a heading (or Enter on it) to sort; numbers as numbers. */
  function sortable(table) {
    var heads = all('thead th', table);
    function sortBy(i, dir) {
      var body = table.tBodies[0];
      var rows = all('tr', body);
      rows.sort(function (a, b) {
        var x = a.cells[i].getAttribute('data-v'), y = b.cells[i].getAttribute('data-v');
        var p = parseFloat(x), q = parseFloat(y), c;
        if (x === '' || y === '') c = (x === '') - (y === ''); /* no value: last either way */
        else c = dir * (!isNaN(p) && !isNaN(q) ? p - q : x.localeCompare(y));
        return c || a.getAttribute('data-i') - b.getAttribute('data-i');
      });
      rows.forEach(function (r) { body.appendChild(r); });
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      heads[i].setAttribute('aria-sort', dir < 0 ? 'descending' : 'ascending');
      table.setAttribute('data-sorted', heads[i].getAttribute('data-key') + (dir < 0 ? ' desc' : ' asc'));
    }
    heads.forEach(function (h, i) {
      h.tabIndex = 0;
      function go() { sortBy(i, h.getAttribute('aria-sort') === 'descending' ? 1 : -1); }
      h.addEventListener('click', go);
      h.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); }
      });
    });
    var first = heads.findIndex(function (h) {
      return h.getAttribute('data-key') === table.getAttribute('data-sort');
    });
    sortBy(first < 0 ? 0 : first, -1);
  }

  /* The diagram: Graphviz titles its nodes with actor ids and its edges "source->target"
     (ids hold no '>'). The ids move into data attributes and the titles become names. */
  var diagram = $('#diagram-figure svg');
  function prepareDiagram() {
    if (!diagram) return;
    all('g.node', diagram).forEach(function (g) {
      var title = $('title', g), id = title ? title.textContent : '';
      if (!(id in names)) return;
      g.setAttribute('data-actor', id);
      title.textContent = names[id];
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', names[id]);
      g.addEventListener('click', function (e) { e.preventDefault(); choose(id); });
      g.addEventListener('keydown', activateOnKey(id));
    });
    all('g.edge', diagram).forEach(function (g) {
      var title = $('title', g), text = title ? title.textContent : '';
      var cut = text.indexOf('>');
      if (cut < 1) return;
      var source = text.slice(0, cut - 1), target = text.slice(cut + 1);
      g.setAttribute('data-source', source);
      g.setAttribute('data-target', target);
      title.textContent = (names[source] || source) + ' \u2192 ' + (names[target] || target);
    });
  }
  /* On a narrow screen the diagram scrolls sideways in its box: bring an actor to its middle. */
  function bringIntoFigure(id) {
    var box = $('#diagram-figure');
    var node = id && diagram && $('g.node[data-actor="' + CSS.escape(id) + '"]', diagram);
    if (!box || !node || box.scrollWidth <= box.clientWidth) return;
    var b = box.getBoundingClientRect(), n = node.getBoundingClientRect();
    box.scrollLeft += n.left + n.width / 2 - (b.left + b.width / 2);
  }
  function activateOnKey(id) {
    return function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(id); }
    };
  }

  /* Choosing an actor: its ties lit in the diagram, its row marked, its statements listed in
     the panel under the diagram and filtered in the statements table. Again: unchosen. */
  var chosen = null;
  var focus = $('#focus');
  function choose(id) {
    chosen = chosen === id ? null : id;
    if (diagram) {
      diagram.classList.toggle('focused', chosen !== null);
      all('g.node', diagram).forEach(function (g) {
        g.classList.remove('lit', 'chosen');
        g.setAttribute('aria-pressed', String(g.getAttribute('data-actor') === chosen));
      });
      all('g.edge', diagram).forEach(function (g) {
        var on = chosen !== null &&
          (g.getAttribute('data-source') === chosen || g.getAttribute('data-target') === chosen);
        g.classList.toggle('lit', on);
        if (on) {
          [g.getAttribute('data-source'), g.getAttribute('data-target')].forEach(function (a) {
            var node = diagram.querySelector('g.node[data-actor="' + a + '"]');
            if (node) node.classList.add('lit');
          });
        }
      });
      var own = chosen && diagram.querySelector('g.node[data-actor="' + chosen + '"]');
      if (own) own.classList.add('lit', 'chosen');
    }
    all('#actors tbody tr').forEach(function (r) {
      r.classList.toggle('selected', r.getAttribute('data-actor') === chosen);
    });
    var select = $('#filter-actor');
    if (select) select.value = chosen || '';
    filter();
    showFocus();
  }
  function showFocus() {
    if (!focus) return;
    var list = $('ul', focus);
    while (list.firstChild) list.removeChild(list.firstChild);
    if (chosen === null) { focus.hidden = true; return; }
    var rows = all('#statements tbody tr').filter(function (r) {
      return r.getAttribute('data-source') === chosen || r.getAttribute('data-target') === chosen;
    });
    $('.who', focus).textContent = names[chosen];
    $('.how-many', focus).textContent = rows.length + (rows.length === 1 ? ' statement' : ' statements');
    rows.forEach(function (r) {
      var item = document.createElement('li');
      var line = r.getAttribute('data-line');
      var evidence = r.querySelector('.evidence').textContent;
      item.textContent = line + (evidence ? ': \u201c' + evidence + '\u201d' : '');
      list.appendChild(item);
    });
    focus.hidden = false;
  }

  /* The statements table: words to find (in any cell), a stance type, an actor. */
  function filter() {
    var words = ($('#filter-text') || {value: ''}).value.toLowerCase().split(/\s+/).filter(Boolean);
    var type = ($('#filter-type') || {value: ''}).value;
    var actor = ($('#filter-actor') || {value: ''}).value;
    var rows = all('#statements tbody tr'), shown = 0;
    rows.forEach(function (r) {
      var text = r.textContent.toLowerCase();
      var ok = (!type || r.getAttribute('data-type') === type) &&
        (!actor || r.getAttribute('data-source') === actor || r.getAttribute('data-target') === actor) &&
        words.every(function (w) { return text.indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) shown++;
    });
    var count = $('#count');
    if (count) count.textContent = 'Showing ' + shown + ' of ' + rows.length + ' statements.';
  }

  /* Tabs across the changes: arrows move between them, the latest is shown first. */
  function tabs(list) {
    var buttons = all('[role=tab]', list);
    function show(i, focusIt) {
      buttons.forEach(function (b, j) {
        b.setAttribute('aria-selected', String(i === j));
        b.tabIndex = i === j ? 0 : -1;
        document.getElementById(b.getAttribute('aria-controls')).classList.toggle('off', i !== j);
      });
      if (focusIt) buttons[i].focus();
    }
    buttons.forEach(function (b, i) {
      b.addEventListener('click', function () { show(i, false); });
      b.addEventListener('keydown', function (e) {
        var step = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1}[e.key];
        if (e.key === 'Home') { e.preventDefault(); show(0, true); }
        else if (e.key === 'End') { e.preventDefault(); show(buttons.length - 1, true); }
        else if (step) { e.preventDefault(); show((i + step + buttons.length) % buttons.length, true); }
      });
    });
    show(buttons.length - 1, false);
    list.hidden = false;
  }

  var actors = $('#actors');
  if (actors) sortable(actors);
  prepareDiagram();
  /* At first the diagram shows the actor ranked first (the actors table's first row). */
  var top = $('#actors tbody button.actor');
  if (top) bringIntoFigure(top.getAttribute('data-actor'));
  /* A name in the actors table brings the diagram into view, where the choice shows. */
  all('button.actor').forEach(function (b) {
    b.addEventListener('click', function () {
      choose(b.getAttribute('data-actor'));
      if (chosen && diagram && b.closest('#actors')) {
        $('#diagram').scrollIntoView();
        bringIntoFigure(chosen);
      }
    });
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && chosen) choose(chosen);
  });
  ['#filter-text', '#filter-type'].forEach(function (s) {
    var e = $(s);
    if (e) e.addEventListener('input', filter);
  });
  var byActor = $('#filter-actor');
  if (byActor) byActor.addEventListener('change', function () {
    var value = byActor.value;
    if (value) { chosen = null; choose(value); } else if (chosen) choose(chosen); else filter();
  });
  var clear = $('#focus button.clear');
  if (clear) clear.addEventListener('click', function () { if (chosen) choose(chosen); });
  all('[role=tablist]').forEach(tabs);
  all('.controls').forEach(function (c) { c.hidden = false; });
  filter();
})();
