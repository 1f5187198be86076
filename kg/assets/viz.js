/* The graph page: vis-network plus a filter panel, legend, search box and side panel.
 * Every string from the documents reaches the DOM through textContent or a property,
 * never innerHTML, and node/edge data carries no vis `title` (vis renders it as HTML).
 * The first mounted graph is exposed as window.kgNetwork / kgNodes / kgEdges for tests;
 * window.kgTimings records when physics settled and the first stable frame was drawn. */
(function () {
  "use strict";

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function norm(s) {
    return String(s || "").normalize("NFKC").toLowerCase();
  }

  function checkbox(container, value, text, count, swatch, onChange) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = value;
    box.addEventListener("change", onChange);
    label.appendChild(box);
    if (swatch) {
      var s = el("span", "kg-swatch " + swatch.shape);
      s.style.background = swatch.color;
      label.appendChild(s);
    }
    label.appendChild(el("span", "kg-name", text));
    if (count !== undefined) label.appendChild(el("span", "kg-count", count));
    container.appendChild(label);
    return box;
  }

  function mount(rootId) {
    var t0 = performance.now();
    var root = document.getElementById(rootId);
    var data = JSON.parse(document.getElementById(rootId + "-data").textContent);
    var timings = { start: t0 };
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);
    var docInfo = {};
    data.documents.forEach(function (d) { docInfo[d.id] = d; });
    var status = root.querySelector(".kg-status");
    var panel = root.querySelector(".kg-panel");
    var network = new vis.Network(root.querySelector(".kg-canvas"),
      { nodes: nodes, edges: edges }, data.options);
    timings.network = performance.now();

    function stable() {
      if (timings.stabilized) return;
      timings.stabilized = performance.now();
      network.setOptions({ physics: false });
      network.once("afterDrawing", function () {
        timings.firstStableDraw = performance.now();
        root.setAttribute("data-stable", "1");
        status.textContent = data.nodes.length ? "" : "No nodes to show.";
        if (data.focus !== null && nodes.get(data.focus)) {
          network.selectNodes([data.focus]);
          showNode(data.focus);
        }
      });
      network.redraw();
    }
    network.on("stabilizationProgress", function (p) {
      status.textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", stable);
    if (data.nodes.length === 0) stable();

    // ---- filters: a node shows when its type is on and one of its documents is on
    var on = { types: {}, relations: {}, docs: {}, years: {} };
    function yearKey(docId) {
      var d = docInfo[docId];
      return d && d.year !== null && d.year !== undefined ? String(d.year) : "—";
    }
    function docsOn(docs) {
      if (!docs || docs.length === 0) return true;
      return docs.some(function (d) { return on.docs[d] && on.years[yearKey(d)]; });
    }
    // Plain arrays, not DataSet reads: a DataSet hands out copies, slow at 5,000 nodes.
    var hidden = {};
    function apply() {
      var shown = {};
      var nodeUpdates = [];
      data.nodes.forEach(function (n) {
        var visible = !!on.types[n.kg.type] && docsOn(n.kg.docs);
        shown[n.id] = visible;
        if (!!hidden[n.id] === visible) nodeUpdates.push({ id: n.id, hidden: !visible });
        hidden[n.id] = !visible;
      });
      var edgeUpdates = [];
      data.edges.forEach(function (e) {
        var visible = !!on.relations[e.kg.type] && docsOn(e.kg.docs) && shown[e.from] && shown[e.to];
        if (!!hidden["e:" + e.id] === visible) edgeUpdates.push({ id: e.id, hidden: !visible });
        hidden["e:" + e.id] = !visible;
      });
      nodes.update(nodeUpdates);
      edges.update(edgeUpdates);
    }
    function toggler(group) {
      return function (ev) { on[group][ev.target.value] = ev.target.checked; apply(); };
    }
    data.types.forEach(function (t) {
      on.types[t.type] = true;
      checkbox(root.querySelector(".kg-types"), t.type, t.type, t.count, t, toggler("types"));
    });
    data.relations.forEach(function (r) {
      on.relations[r.type] = true;
      checkbox(root.querySelector(".kg-relations"), r.type, r.type, r.count, null, toggler("relations"));
    });
    var years = {};
    data.documents.forEach(function (d) {
      on.docs[d.id] = true;
      years[yearKey(d.id)] = (years[yearKey(d.id)] || 0) + 1;
      var text = (d.year ? d.year + " · " : "") + d.title;
      checkbox(root.querySelector(".kg-docs"), d.id, text, undefined, null, toggler("docs"));
    });
    Object.keys(years).sort().forEach(function (y) {
      on.years[y] = true;
      checkbox(root.querySelector(".kg-years"), y, y, years[y], null, toggler("years"));
    });

    // ---- side panel
    function evidenceList(items, total) {
      var frag = document.createDocumentFragment();
      if (!items || items.length === 0) return frag;
      frag.appendChild(el("dt", null, "Evidence (" + total + ")"));
      var dd = el("dd");
      var ol = el("ol");
      items.forEach(function (ev) {
        var li = el("li");
        var q = el("div", "kg-sentence");
        q.appendChild(document.createTextNode(ev.context[0]));
        if (ev.context[1]) q.appendChild(el("mark", null, ev.context[1]));
        q.appendChild(document.createTextNode(ev.context[2]));
        li.appendChild(q);
        var where = docInfo[ev.doc] ? docInfo[ev.doc].title : ev.doc;
        if (ev.item) where += " · " + ev.item;
        li.appendChild(el("div", "kg-where", where));
        ol.appendChild(li);
      });
      dd.appendChild(ol);
      frag.appendChild(dd);
      return frag;
    }
    function field(dl, name, value) {
      if (value === undefined || value === null || value === "" || (value.length === 0)) return;
      dl.appendChild(el("dt", null, name));
      dl.appendChild(el("dd", null, Array.isArray(value) ? value.join("、") : value));
    }
    function docTitles(ids) {
      return (ids || []).map(function (d) { return docInfo[d] ? docInfo[d].title : d; });
    }
    function showNode(id) {
      var n = nodes.get(id);
      if (!n) return;
      panel.replaceChildren();
      panel.appendChild(el("h3", null, n.kg.name));
      var dl = el("dl");
      field(dl, "Type", n.kg.type);
      field(dl, "Aliases", n.kg.aliases);
      field(dl, "Documents", docTitles(n.kg.docs));
      field(dl, "Degree", n.kg.degree);
      field(dl, "Centrality", n.kg.centrality);
      dl.appendChild(evidenceList(n.kg.evidence, n.kg.evidenceTotal));
      panel.appendChild(dl);
    }
    function showEdge(id) {
      var e = edges.get(id);
      if (!e) return;
      var from = nodes.get(e.from), to = nodes.get(e.to);
      panel.replaceChildren();
      panel.appendChild(el("h3", null, from.kg.name + " → " + to.kg.name));
      var dl = el("dl");
      field(dl, "Relation", e.kg.type);
      field(dl, "Documents", docTitles(e.kg.docs));
      dl.appendChild(evidenceList(e.kg.evidence, e.kg.evidenceTotal));
      panel.appendChild(dl);
    }
    network.on("click", function (p) {
      if (p.nodes.length) showNode(p.nodes[0]);
      else if (p.edges.length) showEdge(p.edges[0]);
    });
    // Hovering previews; a selection (click or search) keeps the panel on its node.
    function nothingSelected() {
      return network.getSelectedNodes().length === 0 && network.getSelectedEdges().length === 0;
    }
    network.on("hoverNode", function (p) { if (nothingSelected()) showNode(p.node); });
    network.on("hoverEdge", function (p) { if (nothingSelected()) showEdge(p.edge); });

    // ---- search: an exact name or alias, else one that starts with the text, else one
    // that contains it; among equals the shortest wins (like kg.graph.find)
    var names = root.querySelector("datalist");
    var index = [];
    nodes.forEach(function (n) {
      [n.kg.name].concat(n.kg.aliases).forEach(function (s) {
        index.push({ id: n.id, key: norm(s) });
        var o = el("option");
        o.value = s;
        names.appendChild(o);
      });
    });
    function find(text) {
      var q = norm(text).trim();
      if (!q) return null;
      var best = null, bestRank = null;
      index.forEach(function (x) {
        var at = x.key.indexOf(q);
        if (at < 0) return;
        var rank = [x.key === q ? 0 : at === 0 ? 1 : 2, x.key.length];
        if (!best || rank[0] < bestRank[0] || (rank[0] === bestRank[0] && rank[1] < bestRank[1])) {
          best = x;
          bestRank = rank;
        }
      });
      return best && best.id;
    }
    // The searched node is shown even if the filters hid it: its type, documents and
    // their years are switched back on.
    function turnOn(group, selector, value) {
      on[group][value] = true;
      root.querySelectorAll(selector + " input").forEach(function (b) {
        if (b.value === value) b.checked = true;
      });
    }
    function reveal(n) {
      turnOn("types", ".kg-types", n.kg.type);
      if (!docsOn(n.kg.docs)) {
        n.kg.docs.forEach(function (d) {
          turnOn("docs", ".kg-docs", d);
          turnOn("years", ".kg-years", yearKey(d));
        });
      }
      apply();
    }
    function search(text) {
      var id = find(text);
      if (id === null) {
        status.textContent = "No node named “" + text + "”.";
        network.unselectAll();
        return null;
      }
      var n = nodes.get(id);
      if (n.hidden) reveal(n);
      network.selectNodes([id]);
      network.focus(id, { scale: 1.5, animation: false });
      showNode(id);
      status.textContent = "Found " + n.kg.name;
      return id;
    }
    root.querySelector(".kg-search").addEventListener("submit", function (ev) {
      ev.preventDefault();
      search(root.querySelector(".kg-search-input").value);
    });

    var api = { network: network, nodes: nodes, edges: edges, timings: timings, search: search,
      apply: apply, showNode: showNode, showEdge: showEdge };
    root.kg = api;
    if (!window.kgNetwork) {
      window.kgNetwork = network;
      window.kgNodes = nodes;
      window.kgEdges = edges;
      window.kgTimings = timings;
      window.kgSearch = search;
    }
    return api;
  }

  window.kgViz = { mount: mount };
})();
