// Renders the dossier embedded in this page. Only textContent is used for data: article text is untrusted.
(function () {
  var D = JSON.parse(document.getElementById('dossier').textContent);
  var docs = {};
  D.documents.forEach(function (d) { docs[d.id] = d; });
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (k === 'text') e.textContent = attrs[k]; else if (k === 'on') e.addEventListener('click', attrs[k]); else e.setAttribute(k, attrs[k]); });
    (kids || []).forEach(function (k) { if (k) e.appendChild(typeof k === 'string' ? document.createTextNode(k) : k); });
    return e;
  }
  function label(d) { return (d.source || d.path.split('/').pop()) + ' · ' + (d.published.value ? d.published.value.slice(0, 10) : 'không rõ ngày'); }
  function showSource(evidence) {
    var first = evidence[0]; var d = docs[first.doc]; if (!d) return;
    var marks = evidence.filter(function (e) { return e.doc === d.id; }).sort(function (a, b) { return a.start - b.start; });
    var aside = document.getElementById('source'); aside.textContent = ''; aside.hidden = false;
    aside.appendChild(el('button', { 'class': 'close', text: '×', title: 'Đóng', on: function () { aside.hidden = true; } }));
    aside.appendChild(el('h2', { text: d.title || d.path }));
    aside.appendChild(el('p', { 'class': 'meta', text: label(d) + (d.author ? ' · ' + d.author : '') + (d.url ? ' · ' + d.url : '') }));
    var box = el('div', { 'class': 'text' }); var pos = 0; var firstMark = null;
    var removed = d.removed.slice().sort(function (a, b) { return a.start - b.start; });
    function plain(from, to) {
      // removed blocks are shown struck through, so a reader sees what the cleaner dropped and why
      while (from < to) {
        var r = removed.find(function (x) { return x.end > from && x.start < to; });
        if (!r) { box.appendChild(document.createTextNode(d.text.slice(from, to))); return; }
        if (r.start > from) box.appendChild(document.createTextNode(d.text.slice(from, r.start)));
        var s = Math.max(r.start, from), e = Math.min(r.end, to);
        box.appendChild(el('span', { 'class': 'removed', title: 'removed: ' + r.reason, text: d.text.slice(s, e) }));
        from = e;
      }
    }
    marks.forEach(function (m) {
      if (m.start < pos) return;
      plain(pos, m.start);
      var mk = el('mark', { text: d.text.slice(m.start, m.end) }); box.appendChild(mk); firstMark = firstMark || mk; pos = m.end;
    });
    plain(pos, d.text.length);
    aside.appendChild(box);
    if (firstMark) firstMark.scrollIntoView({ block: 'center' });
  }
  function story(st) {
    var app = document.getElementById('app'); app.textContent = '';
    app.appendChild(el('h2', { text: st.title }));
    var dates = st.documents.map(function (id) { return docs[id] && docs[id].published.value; }).filter(function (v) { return v && /^\d/.test(v); }).sort();
    app.appendChild(el('p', { 'class': 'meta', text: st.documents.length + ' bài báo' + (dates.length ? ' · ' + dates[0].slice(0, 10) + ' → ' + dates[dates.length - 1].slice(0, 10) : '') }));
    if (st.summary.length) {
      app.appendChild(el('h3', { text: 'Tóm tắt' }));
      app.appendChild(el('div', { 'class': 'summary' }, [el('p', {}, st.summary.map(function (s) { return el('span', { 'class': 'ev', title: label(docs[s.doc]), text: s.text + ' ', on: function () { showSource([s]); } }); }))]));
    }
    if (st.timeline.length) {
      app.appendChild(el('h3', { text: 'Dòng thời gian' }));
      app.appendChild(el('ol', { 'class': 'timeline' }, st.timeline.map(function (t) {
        var srcs = []; t.evidence.forEach(function (e) { var l = docs[e.doc] ? label(docs[e.doc]) : e.doc; if (srcs.indexOf(l) < 0) srcs.push(l); });
        return el('li', {}, [el('span', { 'class': 'date', text: t.date }), el('span', { 'class': 'ev', text: t.text, on: function () { showSource(t.evidence); } }), el('div', { 'class': 'src', text: srcs.join(' · ') })]);
      })));
    }
    if (st.entities.length) {
      app.appendChild(el('h3', { text: 'Nhân vật và tổ chức' }));
      app.appendChild(el('table', {}, [el('tr', {}, ['Tên', 'Loại', 'Cách viết khác', 'Lần nhắc', 'Bài'].map(function (h) { return el('th', { text: h }); }))].concat(st.entities.slice(0, 60).map(function (e) {
        return el('tr', {}, [el('td', { text: e.canonical }), el('td', {}, [el('span', { 'class': 'tag', text: e.type })]), el('td', { text: e.aliases.filter(function (a) { return a !== e.canonical; }).join(', ') }), el('td', { text: String(e.mentions) }), el('td', { text: String(e.documents) })]);
      }))));
    }
    var quotes = [];
    st.documents.forEach(function (id) { (docs[id] ? docs[id].quotes : []).forEach(function (q) { quotes.push({ q: q, d: docs[id] }); }); });
    if (quotes.length) {
      app.appendChild(el('h3', { text: 'Trích dẫn' }));
      quotes.forEach(function (x) {
        app.appendChild(el('blockquote', {}, [el('div', { 'class': 'ev', text: '“' + x.q.text + '”', on: function () { showSource([{ doc: x.d.id, start: x.q.start, end: x.q.end }]); } }), el('div', { 'class': 'src', text: '— ' + (x.q.speaker || x.q.speaker_text || 'không rõ người nói') + (x.q.cue ? ' (' + x.q.cue + ')' : '') + ' · ' + label(x.d) })]));
      });
    }
    if (st.claims.length) {
      app.appendChild(el('h3', { text: 'Cáo buộc và phủ nhận' }));
      app.appendChild(el('ul', {}, st.claims.map(function (c) { return el('li', {}, [el('span', { 'class': 'tag stance-' + c.stance, text: c.stance }), el('b', { text: c.claimant + ': ' }), el('span', { 'class': 'ev', text: c.text, on: function () { showSource(c.evidence); } })]); })));
    }
    app.appendChild(el('h3', { text: 'Nguồn' }));
    app.appendChild(el('ul', {}, st.documents.map(function (id) { var d = docs[id]; return d && el('li', {}, [el('span', { 'class': 'ev', text: d.title || d.path, on: function () { showSource([{ doc: id, start: 0, end: 0 }]); } }), el('span', { 'class': 'src', text: ' — ' + label(d) })]); })));
    if (D.errors.length) {
      app.appendChild(el('h3', { text: 'Không đọc được' }));
      app.appendChild(el('ul', { 'class': 'errors' }, D.errors.map(function (e) { return el('li', { text: e.path + ': ' + e.message }); })));
    }
  }
  var nav = document.getElementById('stories');
  D.stories.forEach(function (st, i) {
    nav.appendChild(el('button', { text: st.title.slice(0, 60), on: function () { Array.prototype.forEach.call(nav.children, function (b) { b.className = ''; }); this.className = 'on'; story(st); } }));
  });
  if (D.stories.length) { nav.firstChild.className = 'on'; story(D.stories[0]); }
  else document.getElementById('app').appendChild(el('p', { text: 'Không có câu chuyện nào.' }));
})();
