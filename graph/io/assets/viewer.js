/* newsgraph viewer: draws the graph embedded in #newsgraph-data with vis-network and wires the controls.
 *
 * Every string that comes from an article is put on the page with textContent (via el()), never as
 * markup. window.network is the vis Network; window.newsgraph exposes the controls to scripts and tests.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("newsgraph-data").textContent);
  // A large graph's records come packed (graph/io/pack.py): each names its look by index and leaves out the ng
  // values its list shares. Both are put back first, so that everything below reads whole records.
  if (data.packed) {
    ["nodes", "edges"].forEach(function (name) {
      var looks = data.packed[name].looks, common = data.packed[name].common, shared = Object.keys(common);
      data[name].forEach(function (r) {
        var look = looks[r.lk], g = r.ng;
        delete r.lk;
        for (var k in look) r[k] = look[k];
        if (g) for (var i = 0; i < shared.length; i++) if (!(shared[i] in g)) g[shared[i]] = common[shared[i]];
      });
    });
    delete data.packed;
  }
  // Each evidence sentence comes once (data.evidence); an edge names it by index and its cited span by UTF-16
  // bounds (graph/io/html.py): its tooltip, evidence and evidence_parts are put back here.
  (data.evidence || []).length && data.edges.forEach(function (e) {
    var g = e.ng, s = data.evidence[g.ev];
    if (s === undefined) return;
    e.title += "\n" + s;
    g.evidence = s;
    g.evidence_parts = g.cite ? [s.slice(0, g.cite[0]), s.slice(g.cite[0], g.cite[1]), s.slice(g.cite[1])] : [s];
    delete g.ev;
    delete g.cite;
  });
  var SVG = "http://www.w3.org/2000/svg";
  var NEUTRAL = "#ced4da";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "className") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  // 12,345: toLocaleString("en") would load Intl's locale data on its first call, ~15 ms before the first draw
  function thousands(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }

  function fold(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  // A corpus page opens on an overview: one node per cluster (data.clusters), its members drawn once the
  // cluster is expanded or one of them is searched for. Every node stays in data.nodes: search covers all.
  var clusters = data.clusters || [];
  var overview = clusters.length > 0;
  var clusterById = {}, clusterOf = {};
  clusters.forEach(function (c) {
    clusterById[c.id] = c;
    c.members.forEach(function (m) { clusterOf[m] = c.id; });
  });

  // Canvas units per screen pixel once the whole layout is fitted: the overview draws its clusters at a
  // readable size at that zoom (members keep their own sizes, read once a cluster is expanded and fitted).
  var unit = 1;
  if (overview) {
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    data.nodes.forEach(function (n) {
      if (n.x < minX) minX = n.x; if (n.x > maxX) maxX = n.x;
      if (n.y < minY) minY = n.y; if (n.y > maxY) maxY = n.y;
    });
    var box = document.getElementById("graph").getBoundingClientRect();
    unit = Math.max(1, (maxX - minX + 200) / Math.max(box.width, 300), (maxY - minY + 200) / Math.max(box.height, 300));
  }

  function clusterRecord(c) {
    var title = c.label + "\n" + thousands(c.size) + " nodes" + (c.leftovers ? "" : ": " + c.top.join(", ") + (c.size > c.top.length ? ", …" : ""));
    return {
      id: c.id, label: c.label, title: title, shape: "dot", x: c.x, y: c.y,
      size: Math.round(unit * (6 + 2.5 * Math.sqrt(c.size))), widthConstraint: { maximum: Math.round(unit * 140) },
      color: { background: c.color, border: "#343a40", highlight: { background: c.color, border: "#000000" },
               hover: { background: c.color, border: "#000000" } },
      borderWidth: 1, font: { size: Math.round(13 * unit), strokeWidth: Math.round(3 * unit), strokeColor: "#ffffff" },
      ng: { type: "cluster", label: c.label, aliases: [], status: null, group: null, cluster: c.id, extra: {} }
    };
  }

  var nodes = new vis.DataSet(overview ? clusters.map(clusterRecord) : []);
  var edges = new vis.DataSet();
  var nodeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  var edgesOf = {};
  data.edges.forEach(function (e) {
    (edgesOf[e.from] = edgesOf[e.from] || []).push(e);
    if (e.to !== e.from) (edgesOf[e.to] = edgesOf[e.to] || []).push(e);
  });

  var nodeColourBy = data.legend.groups.length ? "camp"
    : (data.nodes.some(function (n) { return n.ng.status; }) ? "change" : "type");
  var edgeColourBy = data.edges.some(function (e) { return e.ng.status; }) ? "change" : "relation";

  var state = { hiddenTypes: {}, hiddenRelations: {}, focus: null, selected: null, ready: false, open: {}, revealed: {} };

  // --- the overview: which nodes stand for themselves, which are inside a closed cluster --------------------
  function rep(id) {
    var c = clusterOf[id];
    return !overview || c === undefined || state.open[c] || state.revealed[id] ? id : c;
  }

  function syncView() {
    if (!overview) return;
    var wantNodes = {}, wantEdges = {}, links = {};
    var hiding = state.focus !== null;
    data.nodes.forEach(function (n) {
      var r = rep(n.id);
      if (r === n.id) wantNodes[n.id] = n;
      else if (!wantNodes[r]) wantNodes[r] = clusterRecord(clusterById[r]);
    });
    clusters.forEach(function (c) { if (wantNodes[c.id]) wantNodes[c.id].hidden = hiding; });
    data.edges.forEach(function (e) {
      var a = rep(e.from), b = rep(e.to);
      if (a === e.from && b === e.to) { wantEdges[e.id] = e; return; }
      if (a === b || state.hiddenRelations[e.ng.relation]) return;
      if ((a === e.from && nodeById[a].hidden) || (b === e.to && nodeById[b].hidden)) return;
      var key = a < b ? a + "\u0000" + b : b + "\u0000" + a;
      (links[key] = links[key] || { from: a < b ? a : b, to: a < b ? b : a, count: 0 }).count += 1;
    });
    Object.keys(links).forEach(function (key) {
      var l = links[key], id = "link:" + key;
      wantEdges[id] = {
        id: id, from: l.from, to: l.to, hidden: hiding, width: unit * Math.min(8, 1 + Math.log2(l.count)),
        title: thousands(l.count) + " statement" + (l.count === 1 ? "" : "s"),
        color: { color: "#adb5bd", highlight: "#495057", hover: "#495057", opacity: 0.8 },
        arrows: { to: { enabled: false } }, dashes: false,
        ng: { relation: "cluster link", status: null, count: l.count, evidence_parts: [] }
      };
    });
    reconcile(nodes, wantNodes);
    reconcile(edges, wantEdges);
  }

  function reconcile(set, want) {
    var remove = [], add = [], update = [];
    set.getIds().forEach(function (id) { if (!want[id]) remove.push(id); });
    Object.keys(want).forEach(function (id) {
      var have = set.get(id), w = want[id];
      if (!have) add.push(w);
      else if (!!have.hidden !== !!w.hidden || (w.width !== undefined && have.width !== w.width)) {
        update.push(w.ng && w.ng.relation === "cluster link" ? w : { id: id, hidden: !!w.hidden });
      }
    });
    if (remove.length) set.remove(remove);
    if (add.length) set.add(add);
    if (update.length) set.update(update);
  }

  function reveal(ids) {
    ids.forEach(function (id) { if (rep(id) !== id) state.revealed[id] = true; });
  }

  function expandCluster(id) {
    if (!clusterById[id]) return false;
    state.open[id] = true;
    applyFilters();
    network.fit({ nodes: clusterById[id].members.filter(function (m) { return !nodeById[m].hidden; }), animation: false });
    return true;
  }

  function collapseCluster(id) {
    var c = clusterById[id];
    if (!c) return false;
    delete state.open[id];
    c.members.forEach(function (m) { delete state.revealed[m]; });
    if (state.focus && clusterOf[state.focus] === id) state.focus = null;
    if (state.selected && clusterOf[state.selected] === id) setSelected(null);
    applyFilters();
    updateFocusButton();
    return true;
  }

  // --- header and notices ---------------------------------------------------------------------
  document.getElementById("title").textContent = data.title;
  var noticeBox = document.getElementById("notices");
  data.notices.forEach(function (text) { noticeBox.appendChild(el("p", { text: text })); });
  if (!data.nodes.length) noticeBox.appendChild(el("p", { text: "This graph is empty: no node was extracted." }));

  // --- the network ---------------------------------------------------------------------------------
  var container = document.getElementById("graph");
  // --- a large graph's names and arrow heads, given as the view can show them --------------------------------
  // Fitted to thousands of nodes, the opening view would draw a 12 px name under a pixel tall, and vis draws none
  // under 4 px; yet it measures every name before its first draw. So such a graph opens "quiet": a node gets its
  // name when it can be read. The most connected nodes get theirs at once, drawn SPOT_PX tall whatever the zoom
  // (so do the hovered and the selected node); every node in view gets its own once the view is zoomed in far
  // enough for vis to draw names. A box or an ellipse keeps the size its name gives it (measured here, one canvas
  // call each), so the opening picture is the one vis would draw. Arrow heads likewise: about a pixel long at the
  // opening zoom (vis: 15 x scaleFactor + 3 x the line width, a line being at least 0.3 px wide), they are drawn
  // once they would be ARROW_MIN_PX long.
  var LABEL_MIN_PX = 4;  // vis draws no label smaller on screen (scaling.label.drawThreshold 5, less one)
  var SPOT_PX = 13;      // the screen size of a name that is readable in any view
  var HUBS = 40;         // at most this many names at open: the most connected nodes whose names do not overlap
  var ARROW_MIN_PX = 3;
  // Edges too: at the opening zoom of a 2,000-node corpus-like graph three in four are under 4 px long, and they
  // run under the dots they join (leaving them out changes under 0.1% of the drawn pixels). Each is given to vis
  // once the view would draw it EDGE_MIN_PX long, or when one of its ends is dragged; all before physics starts.
  var EDGE_MIN_PX = 4;
  var shortEdges = [], waiting = {};  // the edges not yet given to vis, longest first; by id
  var baseFont = data.options.nodes.font, arrowOptions = data.options.edges.arrows;
  var named = {}, spot = {}, hubs = {}, seen = null, arrowsShown = true;

  function fontSize(n) { return (n.font && n.font.size) || baseFont.size; }
  function spotFont(n, scale) { return Object.assign({}, n.font, { size: Math.max(fontSize(n), Math.round(SPOT_PX / scale)) }); }
  function arrowPx(scale) { return 15 * arrowOptions.to.scaleFactor * scale + 3 * Math.max(scale, 0.3); }

  function openingView() {  // the view that fits every node, known before vis draws
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    data.nodes.forEach(function (n) {
      var r = n.size || 14;
      if (n.x - r < minX) minX = n.x - r; if (n.x + r > maxX) maxX = n.x + r;
      if (n.y - r < minY) minY = n.y - r; if (n.y + r > maxY) maxY = n.y + r;
    });
    var box = container.getBoundingClientRect();
    return { position: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 },
             scale: Math.min(box.width / (maxX - minX + 80), box.height / (maxY - minY + 80), 1.5) };
  }

  // Most connected first, skipping a node whose name (roughly boxed: it is not measured yet) would cover one taken.
  function chooseHubs(scale) {
    var order = data.nodes.filter(function (n) { return (edgesOf[n.id] || []).length > 1; });
    order.sort(function (a, b) { return (edgesOf[b.id].length - edgesOf[a.id].length) || (a.id < b.id ? -1 : 1); });
    var taken = [], h = SPOT_PX / scale;
    for (var i = 0; i < order.length && taken.length < HUBS; i++) {
      var n = order[i], w = 0.3 * n.label.length * h + h;
      var b = { id: n.id, left: n.x - w, right: n.x + w, top: n.y - h, bottom: n.y + 2.5 * h };
      if (!taken.some(function (o) { return b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom; })) taken.push(b);
    }
    return taken.map(function (b) { return b.id; });
  }

  var measure = null, measureFont = null;
  function quietRecord(n, scale) {
    var r = Object.assign({}, n);
    if (spot[n.id]) r.font = spotFont(n, scale);
    if (named[n.id]) return r;
    delete r.label;
    if (n.shape === "box" || n.shape === "ellipse") {  // shapes drawn around their name: sized as by it
      measure = measure || document.createElement("canvas").getContext("2d");
      var font = fontSize(n) + "px " + ((n.font && n.font.face) || baseFont.face);
      if (font !== measureFont) measure.font = measureFont = font;  // setting a font parses it: only on a change
      r.widthConstraint = { minimum: measure.measureText(n.label).width };
      r.heightConstraint = { minimum: fontSize(n) };
    }
    return r;
  }

  // The hovered and the selected node are drawn with a readable name, as the hubs are, until they are left.
  function setSpot(id, on) {
    var n = nodeById[id];
    if (!quiet || !n || hubs[id] || !!spot[id] === on) return;
    if (on) spot[id] = true; else delete spot[id];
    named[id] = true;
    nodes.update({ id: id, label: n.label, font: on ? spotFont(n, network.getScale()) : Object.assign({}, n.font, { size: fontSize(n) }) });
  }

  // After a change of view: the spotlit names resized to it; the arrow heads and the names of the nodes in view
  // (and half a view around it) given once they can be drawn.
  function followView() {
    var scale = network.getScale(), at = network.getViewPosition(), box = container.getBoundingClientRect();
    if (seen && Math.abs(scale - seen.scale) < 0.05 * seen.scale
        && Math.abs(at.x - seen.x) * scale < box.width / 4 && Math.abs(at.y - seen.y) * scale < box.height / 4) return;
    seen = { scale: scale, x: at.x, y: at.y };
    var resize = Object.keys(spot).map(function (id) { return { id: id, font: spotFont(nodeById[id], scale) }; })
      .filter(function (c) { return nodes.get(c.id).font.size !== c.font.size; });
    if (resize.length) nodes.update(resize);
    var k = 0;
    while (k < shortEdges.length && shortEdges[k].length * scale >= EDGE_MIN_PX) k++;
    if (k) giveEdges(shortEdges.splice(0, k).map(function (w) { return w.edge; }));
    if (!arrowsShown && arrowPx(scale) >= ARROW_MIN_PX) {
      arrowsShown = true;
      network.setOptions({ edges: { arrows: arrowOptions } });
    }
    if (baseFont.size * scale < LABEL_MIN_PX) return;
    var halfW = box.width / scale, halfH = box.height / scale, changes = [];
    data.nodes.forEach(function (n) {
      var p = named[n.id] ? null : network.body.nodes[n.id];
      if (!p || Math.abs(p.x - at.x) > halfW || Math.abs(p.y - at.y) > halfH) return;
      named[n.id] = true;
      changes.push({ id: n.id, label: n.label });
    });
    if (changes.length) nodes.update(changes);
  }

  function giveEdges(list) {
    var add = list.filter(function (e) { return waiting[e.id]; });
    add.forEach(function (e) { delete waiting[e.id]; });
    if (add.length) edges.add(add);
  }

  var opening = data.large && !overview && data.nodes.length && !data.options.physics.enabled ? openingView() : null;
  var quiet = opening !== null && baseFont.size * opening.scale < LABEL_MIN_PX;
  var options = data.options;
  if (quiet) {
    noticeBox.appendChild(el("p", { text: "Names are shown on the most connected nodes; zoom in for the others, or "
      + "point at a node, click it or search for it." }));
    opening = openingView();  // the notice took some of the graph's height
    chooseHubs(opening.scale).forEach(function (id) { hubs[id] = spot[id] = named[id] = true; });
    nodes.add(data.nodes.map(function (n) { return quietRecord(n, opening.scale); }));
    if (arrowPx(opening.scale) < ARROW_MIN_PX) {  // every edge's arrows then come from the options
      arrowsShown = false;
      options = Object.assign({}, options, { edges: Object.assign({}, options.edges, { arrows: { to: { enabled: false } } }) });
      data.edges.forEach(function (e) { delete e.arrows; });  // the side panel never reads them
    }
    edges.add(data.edges.filter(function (e) {
      var a = nodeById[e.from], b = nodeById[e.to], length = Math.sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y));
      if (length * opening.scale >= EDGE_MIN_PX) return true;
      shortEdges.push({ length: length, edge: e });
      waiting[e.id] = true;
      return false;
    }));
    shortEdges.sort(function (a, b) { return b.length - a.length; });
  } else if (!overview) nodes.add(data.nodes);
  if (!overview && !quiet) edges.add(data.edges);

  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;

  if (quiet) {
    network.on("afterDrawing", function () { setTimeout(followView, 0); });
    network.on("hoverNode", function (p) { setSpot(p.node, true); });
    network.on("blurNode", function (p) { if (p.node !== state.selected) setSpot(p.node, false); });
    network.on("dragStart", function (p) {
      giveEdges([].concat.apply([], p.nodes.map(function (id) { return edgesOf[id] || []; })));
    });
  }

  // Physics keeps the shapes apart but not their labels (a dot's label is wider than the dot): nudge
  // overlapping boxes apart along their shallower overlap until none is left. Deterministic, like the layout.
  function separateLabels() {
    var ids = network.body.nodeIndices.slice(), gap = 6, n = ids.length;
    var pos = network.getPositions(ids);
    // Label boxes move with their node: keep each box relative to its node and move only the nodes.
    var rel = ids.map(function (id) {
      var b = network.getBoundingBox(id), p = pos[id];
      return { left: b.left - p.x, right: b.right - p.x, top: b.top - p.y, bottom: b.bottom - p.y };
    });
    var xy = ids.map(function (id) { return { x: pos[id].x, y: pos[id].y }; });
    for (var pass = 0, moved = true; moved && pass < 300; pass++) {
      moved = false;
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = xy[i], b = xy[j], ra = rel[i], rb = rel[j];
          var dx = Math.min(a.x + ra.right, b.x + rb.right) - Math.max(a.x + ra.left, b.x + rb.left) + gap;
          var dy = Math.min(a.y + ra.bottom, b.y + rb.bottom) - Math.max(a.y + ra.top, b.y + rb.top) + gap;
          if (dx <= 0 || dy <= 0) continue;
          var sign;
          if (dx < dy) { sign = a.x <= b.x ? -1 : 1; a.x += sign * dx / 2; b.x -= sign * dx / 2; }
          else { sign = a.y <= b.y ? -1 : 1; a.y += sign * dy / 2; b.y -= sign * dy / 2; }
          moved = true;
        }
      }
    }
    ids.forEach(function (id, k) {
      if (xy[k].x !== pos[id].x || xy[k].y !== pos[id].y) network.moveNode(id, xy[k].x, xy[k].y);
    });
  }

  function fitToPositions() {
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } });
    if (!shown.length) return;
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    shown.forEach(function (n) {
      var r = n.size || 14;
      if (n.x - r < minX) minX = n.x - r; if (n.x + r > maxX) maxX = n.x + r;
      if (n.y - r < minY) minY = n.y - r; if (n.y + r > maxY) maxY = n.y + r;
    });
    var box = container.getBoundingClientRect();
    var scale = Math.min(box.width / (maxX - minX + 80), box.height / (maxY - minY + 80), 1.5);
    network.moveTo({ position: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, scale: scale, animation: false });
  }

  function markReady() {
    if (state.ready) return;
    state.ready = true;
    // The layout came with the page (graph/layout.py): the graph opens still. The toggle brings physics back.
    document.getElementById("physics").checked = false;
    function ready() {
      document.documentElement.setAttribute("data-ready", "true");
    }
    if (openDrawn) {  // the first draw, already in the view set from the known positions (below)
      ready();
      return;
    }
    // Label boxes are measured when a node is drawn: separate them after a first draw, then fit and draw again.
    network.once("afterDrawing", function () {
      separateLabels();
      network.fit({ animation: false });
      network.once("afterDrawing", ready);
      network.redraw();
    });
    network.redraw();
  }
  // A large graph opens in the view its known positions give, set before vis draws for the first time, and
  // that first draw is the page ready: no second draw (fit() would measure every label first). Ready once
  // this script has run to its end, so that every control is wired by then.
  var openDrawn = false, wired = false;
  if (data.large && data.nodes.length && !data.options.physics.enabled) {
    network.once("afterDrawing", function () { openDrawn = true; if (wired) markReady(); else setTimeout(markReady, 0); });
    if (opening) network.moveTo({ position: opening.position, scale: opening.scale, animation: false });
    else fitToPositions();
  } else {
    network.once("stabilized", markReady);
    if (!data.nodes.length || !data.options.physics.enabled) setTimeout(markReady, 0);
  }

  // --- legend and filters ---------------------------------------------------------------------------
  function shapeSwatch(shape, colour) {
    var s = svg("svg", { "class": "swatch", viewBox: "0 0 26 16", "aria-hidden": "true" });
    var a = { fill: colour, stroke: "#343a40", "stroke-width": "1" };
    var shapeEl;
    if (shape === "dot") shapeEl = svg("circle", Object.assign({ cx: 13, cy: 8, r: 6.5 }, a));
    else if (shape === "diamond") shapeEl = svg("polygon", Object.assign({ points: "13,0.5 20.5,8 13,15.5 5.5,8" }, a));
    else if (shape === "hexagon") shapeEl = svg("polygon", Object.assign({ points: "9,1.5 17,1.5 21,8 17,14.5 9,14.5 5,8" }, a));
    else if (shape === "box") shapeEl = svg("rect", Object.assign({ x: 2, y: 3, width: 22, height: 10, rx: 2 }, a));
    else shapeEl = svg("ellipse", Object.assign({ cx: 13, cy: 8, rx: 10, ry: 6 }, a));
    s.appendChild(shapeEl);
    return s;
  }

  function lineSwatch(colour, dashes) {
    var s = svg("svg", { "class": "swatch", viewBox: "0 0 26 16", "aria-hidden": "true" });
    var line = svg("line", { x1: 1, y1: 8, x2: 19, y2: 8, stroke: colour, "stroke-width": "2.5" });
    if (dashes) line.setAttribute("stroke-dasharray", Array.isArray(dashes) ? dashes.join(" ") : "4 3");
    s.appendChild(line);
    s.appendChild(svg("polygon", { points: "18,3.5 25,8 18,12.5", fill: colour }));
    return s;
  }

  function filterRow(kind, item, swatch) {
    var box = el("input", { type: "checkbox", "data-filter": kind, value: item.name });
    box.checked = true;
    box.addEventListener("change", function () {
      var hidden = kind === "type" ? state.hiddenTypes : state.hiddenRelations;
      if (box.checked) delete hidden[item.name]; else hidden[item.name] = true;
      applyFilters();
    });
    return el("label", {}, [box, swatch, el("span", { text: item.name.replace(/_/g, " ") }),
      el("span", { className: "count", text: String(item.count) })]);
  }

  var typeBox = document.getElementById("type-filters");
  data.legend.types.forEach(function (t) {
    typeBox.appendChild(filterRow("type", t, shapeSwatch(t.shape, nodeColourBy === "type" ? t.color : NEUTRAL)));
  });
  var relationBox = document.getElementById("relation-filters");
  data.legend.relations.forEach(function (r) {
    relationBox.appendChild(filterRow("relation", r, lineSwatch(edgeColourBy === "relation" ? r.color : "#868e96", r.dashes)));
  });
  if (nodeColourBy !== "type") document.getElementById("type-hint").textContent = "shape = type, colour = " + nodeColourBy;
  if (edgeColourBy !== "relation") document.getElementById("relation-hint").textContent = "label = relation, colour = change";
  if (data.legend.statuses.length) {
    var statusBox = document.getElementById("status-items");
    data.legend.statuses.forEach(function (s) {
      statusBox.appendChild(el("div", { className: "item" }, [lineSwatch(s.color, s.dashes), el("span", { text: s.label }),
        el("span", { className: "count", text: String(s.count) })]));
    });
    document.getElementById("status-legend").hidden = false;
  }
  if (data.legend.groups.length) {
    var groupBox = document.getElementById("group-items");
    data.legend.groups.forEach(function (g) {
      groupBox.appendChild(el("div", { className: "item" }, [shapeSwatch("dot", g.color), el("span", { text: g.name }),
        el("span", { className: "count", text: String(g.count) })]));
    });
    var none = data.legend.ungrouped;
    if (none) {
      document.getElementById("group-legend").appendChild(el("div", { className: "item", id: "no-group" }, [
        shapeSwatch("dot", none.color), el("span", { text: none.name }), el("span", { className: "count", text: String(none.count) })]));
    }
    document.getElementById("group-legend").hidden = false;
  }

  function neighbourhood(id) {
    var keep = {};
    keep[id] = true;
    (edgesOf[id] || []).forEach(function (e) {
      if (state.hiddenRelations[e.ng.relation]) return;
      var other = e.from === id ? e.to : e.from;
      if (!state.hiddenTypes[nodeById[other].ng.type]) keep[other] = true;
    });
    return keep;
  }

  function applyFilters() {
    var keep = state.focus ? neighbourhood(state.focus) : null;
    var nodeChanges = [], edgeChanges = [], hiddenNode = {};
    data.nodes.forEach(function (n) {
      var hide = !!state.hiddenTypes[n.ng.type] || (keep !== null && !keep[n.id]);
      if (state.focus === n.id) hide = false;
      hiddenNode[n.id] = hide;
      if (!!n.hidden !== hide) { n.hidden = hide; nodeChanges.push({ id: n.id, hidden: hide }); }
    });
    data.edges.forEach(function (e) {
      var hide = !!state.hiddenRelations[e.ng.relation] || hiddenNode[e.from] || hiddenNode[e.to]
        || (state.focus !== null && e.from !== state.focus && e.to !== state.focus);
      if (!!e.hidden !== hide) { e.hidden = hide; edgeChanges.push({ id: e.id, hidden: hide }); }
    });
    if (overview) syncView();
    else {
      if (nodeChanges.length) nodes.update(nodeChanges);
      edgeChanges = edgeChanges.filter(function (c) { return !waiting[c.id]; });  // the others come with their state
      if (edgeChanges.length) edges.update(edgeChanges);
    }
    document.querySelectorAll("input[data-filter]").forEach(function (box) {
      var hidden = box.getAttribute("data-filter") === "type" ? state.hiddenTypes : state.hiddenRelations;
      box.checked = !hidden[box.value];
    });
    updateCounts();
  }

  function visibleCounts() {
    if (overview) {  // the nodes and statements drawn as themselves, not those inside a closed cluster
      var shown = nodes.get({ filter: function (x) { return !x.hidden && x.ng.type !== "cluster"; } }).length;
      var drawnEdges = edges.get({ filter: function (x) { return !x.hidden && x.ng.relation !== "cluster link"; } }).length;
      return { nodes: shown, edges: drawnEdges };
    }
    var n = data.nodes.filter(function (x) { return !x.hidden; }).length;
    var m = data.edges.filter(function (x) { return !x.hidden; }).length;
    return { nodes: n, edges: m };
  }

  function plural(n, word) { return thousands(n) + " " + word + (n === 1 ? "" : "s"); }

  function updateCounts() {
    var v = visibleCounts(), N = data.nodes.length, M = data.edges.length;
    var text = (v.nodes === N ? plural(N, "node") : thousands(v.nodes) + " of " + plural(N, "node"))
      + " · " + (v.edges === M ? plural(M, "edge") : thousands(v.edges) + " of " + plural(M, "edge"));
    if (overview) {
      var open = clusters.filter(function (c) { return state.open[c.id]; }).length;
      text += " · " + open + " of " + plural(clusters.length, "cluster") + " open";
    }
    if (state.focus) text += " · focused on " + nodeById[state.focus].label;
    document.getElementById("counts").textContent = text;
  }

  // --- details panel ---------------------------------------------------------------------------------------
  var details = document.getElementById("details");
  var KNOWN_EDGE_KEYS = ["relation", "status", "evidence", "evidence_parts", "evidence_start", "evidence_end", "cite_start",
    "cite_end", "was", "attribution", "hedged", "negated", "former", "cue", "rule", "confidence", "article", "key"];

  function nodeLink(id) {
    var n = nodeById[id];
    var a = el("a", { text: n ? n.label : id, role: "button", tabindex: "0", "data-node": id });
    a.addEventListener("click", function () { selectNode(id, true); });
    a.addEventListener("keydown", function (ev) { if (ev.key === "Enter") selectNode(id, true); });
    return a;
  }

  function chip(text, cls) { return el("span", { className: "kind" + (cls ? " " + cls : ""), text: text }); }

  function valueText(v) {
    if (Array.isArray(v)) return v.map(valueText).join(", ");
    if (v !== null && typeof v === "object") return JSON.stringify(v);
    return String(v);
  }

  function definitionList(pairs) {
    var dl = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "" || (Array.isArray(p[1]) && !p[1].length)) return;
      dl.appendChild(el("dt", { text: p[0] }));
      dl.appendChild(el("dd", { text: valueText(p[1]) }));
    });
    return dl.childNodes.length ? dl : null;
  }

  function statementCard(e) {
    var g = e.ng;
    var card = el("div", { className: "statement", "data-edge": e.id });
    card.style.borderLeftColor = e.color.color;
    var rel = el("span", { className: "rel", text: " " + g.relation.replace(/_/g, " ") + " " });
    rel.style.color = e.color.color;
    card.appendChild(el("div", { className: "head" }, [nodeLink(e.from), rel, nodeLink(e.to)]));
    var parts = g.evidence_parts || [];
    if (parts.length === 3) {
      card.appendChild(el("blockquote", {}, [parts[0], el("mark", { text: parts[1] }), parts[2]]));
    } else if (parts.length === 1) {
      card.appendChild(el("blockquote", { text: parts[0] }));
    }
    var quals = el("div", { className: "quals" });
    function qual(text, cls) { quals.appendChild(el("span", { className: "qual" + (cls ? " " + cls : ""), text: text })); }
    if (g.status) qual("change: " + g.status + (g.was ? " (was " + String(g.was).replace(/_/g, " ") + ")" : ""), "warn");
    if (g.attribution) qual("attribution: " + g.attribution);
    if (g.hedged) qual("hedged", "warn");
    if (g.negated) qual("negated cue", "warn");
    if (g.former) qual("former");
    if (g.cue) qual("cue: " + g.cue);
    if (typeof g.confidence === "number") {
      var bar = el("span", { className: "conf", title: "confidence" }, [el("span")]);
      bar.firstChild.style.width = Math.max(0, Math.min(1, g.confidence)) * 100 + "%";
      quals.appendChild(el("span", { className: "qual" }, ["confidence " + g.confidence.toFixed(2) + " ", bar]));
    }
    if (g.rule) qual("rule: " + g.rule);
    if (g.article) qual("article: " + g.article);
    card.appendChild(quals);
    return card;
  }

  // The details sit below the legend: bring them into view in the panel, not the whole page.
  function revealDetails() {
    var panel = document.getElementById("panel");
    panel.scrollTop = details.offsetTop - panel.offsetTop - document.getElementById("search-box").offsetHeight - 4;
  }

  function clearDetails(message) {
    details.textContent = "";
    details.appendChild(el("p", { className: "hint", text: message || "Click a node or an edge to see what the graph knows about it." }));
  }

  function showNode(id) {
    var n = nodeById[id];
    if (!n) return false;
    details.textContent = "";
    var g = n.ng;
    details.appendChild(el("h3", { text: n.label }));
    details.appendChild(el("div", {}, [chip(g.type), g.status ? chip(g.status) : null, g.group !== null && g.group !== undefined ? chip("camp: " + g.group) : null]));
    var extra = Object.keys(g.extra).map(function (k) { return [k.replace(/_/g, " "), g.extra[k]]; });
    var dl = definitionList([["aliases", g.aliases], ["id", n.id]].concat(extra));
    if (dl) details.appendChild(dl);
    var own = edgesOf[id] || [];
    var out = own.filter(function (e) { return e.from === id; });
    var inc = own.filter(function (e) { return e.from !== id; });
    [["Statements by " + n.label, out], ["Statements about " + n.label, inc]].forEach(function (section) {
      if (!section[1].length) return;
      details.appendChild(el("h2", { text: section[0] + " (" + section[1].length + ")" }));
      section[1].forEach(function (e) { details.appendChild(statementCard(e)); });
    });
    if (!own.length) details.appendChild(el("p", { className: "hint", text: "No statement involves this node." }));
    revealDetails();
    return true;
  }

  function showEdge(id) {
    var e = (edges.get(id) || waiting[id]) && data.edges.find(function (x) { return x.id === id; });
    if (!e) return false;
    details.textContent = "";
    details.appendChild(el("h3", { text: nodeById[e.from].label + " " + e.ng.relation.replace(/_/g, " ") + " " + nodeById[e.to].label }));
    details.appendChild(el("div", {}, [chip("statement"), e.ng.status ? chip(e.ng.status) : null]));
    details.appendChild(statementCard(e));
    var extra = Object.keys(e.ng).filter(function (k) { return KNOWN_EDGE_KEYS.indexOf(k) < 0; })
      .map(function (k) { return [k.replace(/_/g, " "), e.ng[k]]; });
    var dl = definitionList(extra.concat([["evidence at", e.ng.evidence_start !== undefined ? e.ng.evidence_start + "–" + e.ng.evidence_end : null],
      ["cited span", e.ng.cite_start !== undefined ? e.ng.cite_start + "–" + e.ng.cite_end : null]]));
    if (dl) details.appendChild(dl);
    revealDetails();
    return true;
  }

  // --- selection, focus, search, view ------------------------------------------------------------------------
  var focusButton = document.getElementById("focus");

  function setSelected(id) {
    var was = state.selected;
    state.selected = id;
    if (was && was !== id) setSpot(was, false);
    if (id) setSpot(id, true);
    focusButton.disabled = !id && !state.focus;
  }

  function selectNode(id, move) {
    var n = nodeById[id];
    if (!n) return false;
    if (overview && rep(id) !== id) reveal([id].concat(Object.keys(neighbourhood(id))));
    if (state.hiddenTypes[n.ng.type]) { delete state.hiddenTypes[n.ng.type]; }
    if (state.focus && state.focus !== id && !neighbourhood(state.focus)[id]) state.focus = null;
    applyFilters();
    updateFocusButton();
    network.selectNodes([id]);
    setSelected(id);
    showNode(id);
    if (move) network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    return true;
  }

  function updateFocusButton() {
    focusButton.textContent = state.focus ? "Show all" : "Focus on neighbours";
    focusButton.classList.toggle("active", !!state.focus);
    focusButton.disabled = !state.focus && !state.selected;
  }

  function focusOn(id) {
    state.focus = id && nodeById[id] ? id : null;
    if (overview && state.focus) reveal(Object.keys(neighbourhood(state.focus)));
    applyFilters();
    updateFocusButton();
    if (state.focus) {
      network.selectNodes([state.focus]);
      network.fit({ nodes: Object.keys(neighbourhood(state.focus)), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    } else {
      network.fit({ animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    }
  }

  focusButton.addEventListener("click", function () { focusOn(state.focus ? null : state.selected); });

  function showCluster(id) {
    var c = clusterById[id];
    if (!c) return false;
    details.textContent = "";
    details.appendChild(el("h3", { text: c.label }));
    details.appendChild(el("div", {}, [chip("cluster"), chip(plural(c.size, "node"))]));
    var open = el("button", { type: "button", id: "expand-cluster", text: state.open[id] ? "Collapse" : "Expand" });
    open.addEventListener("click", function () {
      if (state.open[id]) collapseCluster(id); else expandCluster(id);
      showCluster(id);
    });
    details.appendChild(el("div", { className: "row buttons" }, [open]));
    details.appendChild(el("h2", { text: "Most connected" }));
    var list = el("div", { className: "members" });
    var top = c.members.slice().sort(function (a, b) { return (edgesOf[b] || []).length - (edgesOf[a] || []).length || (a < b ? -1 : 1); });
    top.slice(0, 25).forEach(function (m) { list.appendChild(el("div", {}, [nodeLink(m)])); });
    if (c.size > 25) list.appendChild(el("p", { className: "hint", text: "and " + plural(c.size - 25, "more node") + ": search finds them" }));
    details.appendChild(list);
    revealDetails();
    return true;
  }

  function clusterButton(id) {
    var c = clusterOf[id];
    if (!overview || c === undefined || !state.open[c]) return;
    var b = el("button", { type: "button", id: "collapse-cluster", text: "Collapse its cluster" });
    b.addEventListener("click", function () { collapseCluster(c); clearDetails(); });
    details.insertBefore(el("div", { className: "row buttons" }, [b]), details.children[2] || null);
  }

  network.on("click", function (params) {
    if (params.nodes.length && clusterById[params.nodes[0]]) { setSelected(null); updateFocusButton(); showCluster(params.nodes[0]); }
    else if (params.nodes.length) { setSelected(params.nodes[0]); updateFocusButton(); showNode(params.nodes[0]); clusterButton(params.nodes[0]); }
    else if (params.edges.length && String(params.edges[0]).indexOf("link:") === 0) {
      setSelected(null); updateFocusButton(); clearDetails(edges.get(params.edges[0]).title + " between these clusters; expand them to see each.");
    }
    else if (params.edges.length) { setSelected(null); updateFocusButton(); showEdge(params.edges[0]); }
    else { setSelected(null); updateFocusButton(); clearDetails(); }
  });
  network.on("doubleClick", function (params) {
    if (!params.nodes.length) return;
    if (clusterById[params.nodes[0]]) { expandCluster(params.nodes[0]); showCluster(params.nodes[0]); }
    else focusOn(params.nodes[0]);
  });

  // Every name and alias, folded for search: made on first use (the suggestions, filled once the page is
  // ready, or a search), not before the first draw.
  var nameList = null;
  function names() {
    if (nameList) return nameList;
    nameList = [];
    data.nodes.forEach(function (n) {
      nameList.push({ id: n.id, text: n.label, folded: fold(n.label), alias: false });
      n.ng.aliases.forEach(function (a) { nameList.push({ id: n.id, text: a, folded: fold(a), alias: true }); });
    });
    return nameList;
  }
  // The names the search box suggests: thousands of <option>s, filled when the box is first focused (before
  // anything is typed in it), so that neither the first draw nor the first moments after it wait for them.
  function suggestNames() {
    var datalist = document.getElementById("names"), seenNames = {}, options = document.createDocumentFragment();
    names().map(function (x) { return x.text; }).sort().forEach(function (t) {
      if (seenNames[t]) return;
      seenNames[t] = true;
      options.appendChild(el("option", { value: t }));
    });
    datalist.appendChild(options);
  }

  function findNode(query) {
    var q = fold(query);
    if (!q) return null;
    var best = null, bestRank = 99;
    names().forEach(function (x) {
      var rank = x.folded === q ? 0 : x.folded.indexOf(q) === 0 ? 2 : (" " + x.folded).indexOf(" " + q) >= 0 ? 3
        : x.folded.indexOf(q) >= 0 ? 4 : 99;
      if (rank < 99 && x.alias) rank += 0.5;
      if (rank < bestRank) { best = x; bestRank = rank; }
    });
    return best;
  }

  var searchInput = document.getElementById("search");
  var searchStatus = document.getElementById("search-status");

  function search(query) {
    var hit = findNode(query);
    searchStatus.classList.toggle("miss", !hit);
    if (!hit) {
      searchStatus.textContent = fold(query) ? "No node is named “" + query + "”." : "";
      return null;
    }
    var label = nodeById[hit.id].label;
    searchStatus.textContent = hit.text === label ? "Found " + label + "." : "Found " + label + " (alias “" + hit.text + "”).";
    selectNode(hit.id, true);
    return hit.id;
  }

  searchInput.addEventListener("focus", suggestNames, { once: true });
  searchInput.addEventListener("keydown", function (ev) { if (ev.key === "Enter") search(searchInput.value); });
  searchInput.addEventListener("change", function () { if (searchInput.value) search(searchInput.value); });
  document.getElementById("search-go").addEventListener("click", function () { search(searchInput.value); });

  var physicsBox = document.getElementById("physics");
  physicsBox.addEventListener("change", function () {
    if (physicsBox.checked) giveEdges(data.edges);  // every edge pulls
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });

  function reset() {
    state.hiddenTypes = {};
    state.hiddenRelations = {};
    state.focus = null;
    state.open = {};
    state.revealed = {};
    applyFilters();
    network.unselectAll();
    setSelected(null);
    updateFocusButton();
    searchInput.value = "";
    searchStatus.textContent = "";
    clearDetails();
    network.fit({ animation: false });
  }
  document.getElementById("reset").addEventListener("click", reset);

  if (overview) syncView();
  updateCounts();

  window.newsgraph = {
    overview: overview, clusters: clusters, clusterOf: function (id) { return clusterOf[id]; },
    expandCluster: expandCluster, collapseCluster: collapseCluster, showCluster: showCluster,
    isShown: function (id) { var n = nodes.get(id); return !!n && !n.hidden; },
    data: data, nodes: nodes, edges: edges, search: search, findNode: findNode, selectNode: selectNode,
    showNode: showNode, showEdge: showEdge, focusOn: focusOn, reset: reset, visibleCounts: visibleCounts,
    setTypeVisible: function (type, visible) {
      if (visible) delete state.hiddenTypes[type]; else state.hiddenTypes[type] = true;
      applyFilters();
    },
    setRelationVisible: function (relation, visible) {
      if (visible) delete state.hiddenRelations[relation]; else state.hiddenRelations[relation] = true;
      applyFilters();
    },
    waitingEdges: function () { return Object.keys(waiting); },
    isReady: function () { return state.ready; }
  };
  wired = true;  // every control is wired: the first draw, when it comes, is the page ready
})();
