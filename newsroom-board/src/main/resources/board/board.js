// The newsroom board page: the live alert stream (server-sent events), the conflicts' timelines and charts, and a
// story view at #story/<id>. Plain DOM and inline SVG; text from the API only ever enters the page as text.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var alertItems = new Map();
  var renderedConflicts = new Map();
  var refreshTimer = null;

  function el(tag, attrs) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function setAttrs(node, attrs) {
    Object.keys(attrs || {}).forEach(function (name) {
      if (attrs[name] !== null && attrs[name] !== undefined) node.setAttribute(name, String(attrs[name]));
    });
  }

  function append(node, child) {
    if (child === null || child === undefined) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  }

  function number(n) { return Number(n).toLocaleString('en-US'); }

  function time(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    return d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  }

  function storyLink(storyId, text) {
    return el('a', { href: '#story/' + encodeURIComponent(storyId), 'class': 'story-link' }, text);
  }

  function getJson(path) {
    return fetch(path, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    });
  }

  // ---- live alerts ----

  function showAlert(event) {
    var alert = event.alert;
    var item = el('li', {
        'class': 'alert', 'data-alert-id': alert.alertId, 'data-kind': String(alert.kind).toLowerCase(),
        'data-version': alert.version, 'data-event-id': event.id },
      el('div', { 'class': 'meta' },
        el('span', { 'class': 'kind' }, String(alert.kind).toLowerCase()), ' · ', alert.conflict || 'no conflict', ' · ',
        time(alert.updatedAt), ' · ', alert.sources.length + (alert.sources.length === 1 ? ' source' : ' sources')),
      el('div', { 'class': 'headline' }, storyLink(alert.storyId, alert.headline)),
      changeList(alert),
      el('div', { 'class': 'meta sources' }, alert.sources.map(function (s) { return s.source; }).join(', ')));
    var held = alertItems.get(alert.alertId);
    if (held && Number(held.getAttribute('data-version')) >= alert.version) return;
    var list = document.getElementById('alerts');
    if (held) list.replaceChild(item, held); else list.insertBefore(item, list.firstChild);
    alertItems.set(alert.alertId, item);
    document.getElementById('alerts-empty').hidden = true;
  }

  // The alert's typed developments where it carries them (contract 1.2), else its changes in words; then the figures
  // it shows beside the series.
  function changeList(alert) {
    var items = (alert.developments || []).length > 0
      ? alert.developments.map(function (d) {
        return el('li', { 'data-type': d.type }, d.change, ' ',
          el('span', { 'class': 'type' }, d.type.toLowerCase().replace(/_/g, ' ')));
      })
      : alert.changes.map(function (c) { return el('li', {}, c); });
    (alert.otherSources || []).forEach(function (other) {
      items.push(el('li', { 'class': 'other-source' }, 'Beside the series: ' + other));
    });
    return el('ul', { 'class': 'changes' }, items);
  }

  function connect() {
    var status = document.getElementById('stream-status');
    var source = new EventSource('/api/alerts/stream');
    source.onopen = function () { status.textContent = 'live'; status.setAttribute('data-state', 'live'); };
    source.onerror = function () {
      status.textContent = 'reconnecting…'; status.setAttribute('data-state', 'reconnecting');
    };
    source.addEventListener('alert', function (message) {
      showAlert(JSON.parse(message.data));
      scheduleRefresh(400);
    });
  }

  // ---- conflicts ----

  function scheduleRefresh(delay) {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, delay);
  }

  function refresh() {
    refreshTimer = null;
    var done = Promise.all([refreshConflicts(), refreshStory()]);
    done.catch(function () { return null; }).then(function () { scheduleRefresh(5000); });
  }

  function refreshConflicts() {
    return getJson('/api/conflicts').then(function (reply) {
      if (reply.status !== 200) return null;
      return Promise.all(reply.body.conflicts.map(function (c) {
        return getJson('/api/conflicts/' + encodeURIComponent(c.id));
      })).then(function (replies) {
        var container = document.getElementById('conflicts');
        var views = replies.filter(function (r) { return r.status === 200; }).map(function (r) { return r.body; });
        views.forEach(function (view) {
          var text = JSON.stringify(view);
          if (renderedConflicts.get(view.id) === text) return;
          renderedConflicts.set(view.id, text);
          var section = conflictSection(view);
          var held = container.querySelector('section.conflict[data-conflict="' + CSS.escape(view.id) + '"]');
          if (held) container.replaceChild(section, held); else container.appendChild(section);
        });
        document.getElementById('conflicts-empty').hidden = views.length > 0;
      });
    });
  }

  function conflictSection(view) {
    return el('section', { 'class': 'conflict', 'data-conflict': view.id },
      el('h2', {}, 'Conflict: ' + view.id),
      el('p', { 'class': 'muted' }, 'Talks: ' + (view.talksStatus || 'no report') + ' · updated ' + time(view.updatedAt)),
      el('h3', {}, 'Talks status over time'),
      view.talks.length === 0 ? el('p', { 'class': 'muted' }, 'No talks reported.') :
        el('ol', { 'class': 'talks-timeline' }, view.talks.map(function (step) {
          return el('li', { 'class': 'talks-step', 'data-status': step.status, 'data-change': step.change },
            time(step.at), ' ', el('span', { 'class': 'status-name' }, step.status.replace(/_/g, ' ')),
            step.change ? '' : ' (restated)', step.venue ? ' · ' + step.venue : '',
            step.mediators.length ? ' · mediators: ' + step.mediators.join(', ') : '',
            ' · ', step.outlet || '', ' ', storyLink(step.storyId, '›'));
        })),
      el('h3', {}, 'Casualty figures by source'),
      view.casualties.length === 0 ? el('p', { 'class': 'muted' }, 'No figures reported.') :
        el('div', { 'class': 'charts' }, view.casualties.map(seriesFigure)),
      el('h3', {}, 'Parties'), el('p', { 'class': 'parties' }, view.parties.join(', ') || '—'),
      el('h3', {}, 'Stories'),
      el('ul', { 'class': 'stories' }, view.stories.map(function (s) {
        return el('li', {}, storyLink(s.storyId, s.headline || s.storyId), ' ', el('span', { 'class': 'muted' },
          time(s.firstSeen)));
      })),
      el('p', { 'class': 'muted' }, 'Sources: ' + (view.sources.join(', ') || '—')));
  }

  // One small chart per series: one step per figure from left to right, labelled with its time (two figures of one
  // report share a time); the figure sets the height; the first figure hollow, each revision filled.
  function seriesFigure(series) {
    var width = 340, height = 130, left = 42, right = 42, top = 22, bottom = 26;
    var points = series.points;
    var counts = points.map(function (p) { return p.count; });
    var c0 = Math.min.apply(null, counts), c1 = Math.max.apply(null, counts);
    function x(i) {
      return points.length === 1 ? width / 2 : left + i / (points.length - 1) * (width - left - right);
    }
    function y(count) {
      return c1 === c0 ? (top + height - bottom) / 2 : height - bottom - (count - c0) / (c1 - c0) * (height - top - bottom);
    }
    var chart = svg('svg', {
        'class': 'casualty-chart', width: width, height: height, viewBox: '0 0 ' + width + ' ' + height,
        role: 'img', 'data-kind': series.kind, 'data-source': series.source, 'data-scope': series.scope,
        'aria-label': series.kind + ' according to ' + series.source },
      svg('polyline', { points: points.map(function (p, i) { return x(i) + ',' + y(p.count); }).join(' ') }),
      points.map(function (p, i) {
        var label = number(p.count) + (p.countHigh ? '–' + number(p.countHigh) : '');
        var outlets = p.reports.map(function (r) { return r.outlet; }).join(', ');
        return svg('g', { 'class': 'point', 'data-count': p.count, 'data-revision-of': p.revisionOf },
          svg('circle', { cx: x(i), cy: y(p.count), r: 4, 'class': p.revisionOf === null ? 'first' : 'revision' },
            svg('title', {}, label + ' · ' + time(p.at) + ' · ' + outlets + (p.revisionOf === null ? ''
              : ' · revised from ' + number(p.revisionOf)))),
          svg('text', { x: x(i), y: y(p.count) - 8, 'text-anchor': 'middle' }, label),
          svg('text', { 'class': 'axis', x: x(i), y: height - 8, 'text-anchor': 'middle' },
            time(p.at).slice(5, 16)));
      }));
    var caption = el('figcaption', {}, series.kind + ' (' + (series.scope === 'total' ? 'total' : 'one incident')
      + ') according to ', el('strong', {}, series.source), ': ',
      points.map(function (p) {
        return p.revisionOf === null ? number(p.count) : '→ ' + number(p.count);
      }).join(' '));
    var others = series.others.length === 0 ? null : el('div', { 'class': 'others muted' }, 'Also reported: ',
      series.others.map(function (r) { return number(r.count) + ' (' + r.outlet + ', ' + time(r.at) + ')'; })
        .join('; '));
    return el('figure', { 'class': 'series' }, chart, caption, others);
  }

  // ---- story view ----

  function storyIdFromHash() {
    var match = /^#story\/(.+)$/.exec(location.hash);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function refreshStory() {
    var panel = document.getElementById('story');
    var id = storyIdFromHash();
    if (id === null) { panel.hidden = true; panel.removeAttribute('data-story-id'); return Promise.resolve(); }
    return getJson('/api/stories/' + encodeURIComponent(id)).then(function (reply) {
      if (storyIdFromHash() !== id) return;
      panel.hidden = false;
      panel.setAttribute('data-story-id', id);
      panel.setAttribute('data-status', reply.status);
      panel.replaceChildren();
      if (reply.status !== 200) {
        append(panel, [el('h2', {}, 'Story ' + id), el('p', { 'class': 'error' }, reply.body.message)]);
        return;
      }
      append(panel, storyContent(reply.body));
    });
  }

  function storyContent(story) {
    return [
      el('h2', { 'class': 'story-headline' }, story.headline || story.id),
      el('p', { 'class': 'muted' }, 'Conflict: ' + (story.conflict || 'not known yet') + ' · first seen '
        + time(story.firstSeen) + ' · ', el('a', { href: '#' }, 'close')),
      el('h3', {}, 'Sources'),
      el('ul', { 'class': 'story-sources' }, story.sources.map(function (s) {
        return el('li', { 'class': 'story-source', 'data-outlet': s.source }, el('strong', {}, s.source || '—'), ' · ',
          s.link ? el('a', { href: s.link, rel: 'noopener noreferrer' }, s.title || s.link) : s.title, ' · ',
          el('span', { 'class': 'muted' }, time(s.publishedAt)));
      })),
      el('h3', {}, 'Evidence'),
      el('div', { 'class': 'evidence-list' }, story.evidence.map(function (e) {
        return el('div', { 'class': 'evidence', 'data-kind': e.kind },
          el('blockquote', {}, e.sentence), el('div', { 'class': 'who' }, e.kind + (e.outlet ? ' · ' + e.outlet : '')));
      })),
      el('h3', {}, 'Developments'),
      el('div', { 'class': 'developments' }, story.developments.map(function (d) {
        return el('div', { 'class': 'development' }, el('span', { 'class': 'kind' }, d.kind), changeList(d));
      }))
    ];
  }

  window.addEventListener('hashchange', function () { refreshStory(); });
  connect();
  refresh();
})();
