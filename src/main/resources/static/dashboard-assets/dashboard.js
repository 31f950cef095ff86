// Rapport analytics dashboard: fetches the same JSON as /api/analytics/* (under /dashboard/api with the
// session) for the chosen window and draws it with ECharts. Every chart div gets data-rendered="true" and
// data-points=<n> once drawn, and every KPI its raw figure in data-value, so tests can compare with the API.
(function () {
  'use strict';
  const API = '/dashboard/api';
  const charts = {};
  const $ = (id) => document.getElementById(id);
  const pct = (r) => (r === null || r === undefined) ? 'n/a' : (100 * r).toFixed(1) + '%';
  const num = (n) => (n === null || n === undefined) ? 'n/a' : Number(n).toLocaleString('en');
  // ECharts puts a formatter's string into innerHTML: every value that reaches it goes through esc, member names
  // (which members choose) above all.
  const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
  const esc = (v) => String(v === null || v === undefined ? '' : v).replace(/[&<>"']/g, (c) => ESCAPES[c]);
  const hours = (h) => (h === null || h === undefined) ? 'n/a' : (h < 48 ? h.toFixed(1) + ' h' : (h / 24).toFixed(1) + ' d');

  function windowParams() {
    const p = new URLSearchParams();
    if ($('from').value) p.set('from', $('from').value);
    if ($('to').value) p.set('to', $('to').value);
    return p;
  }

  async function get(path, extra) {
    const p = windowParams();
    Object.entries(extra || {}).forEach(([k, v]) => p.set(k, v));
    const res = await fetch(API + path + '?' + p.toString(), {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    if (!res.ok) {
      let detail = res.statusText;
      try { detail = (await res.json()).detail || detail; } catch (e) { /* not JSON */ }
      throw new Error(path + ': ' + res.status + ' ' + detail);
    }
    return res.json();
  }

  function draw(id, option, points) {
    const el = $(id);
    if (!charts[id]) charts[id] = echarts.init(el, null, {renderer: 'canvas'});
    option.animation = false;
    option.tooltip = option.tooltip || {trigger: 'axis'};
    charts[id].setOption(option, true);
    el.dataset.rendered = 'true';
    el.dataset.points = String(points);
  }

  function kpi(id, text, value) {
    $(id).textContent = text;
    $(id).dataset.value = value === null || value === undefined ? '' : String(value);
  }

  function rateTooltip(groups) {
    return (params) => {
      const g = groups[params[0].dataIndex];
      return `<b>${esc(g.label || g.group)}</b><br>sent ${esc(num(g.sent))}, accepted ${esc(num(g.accepted))},`
        + ` ignored ${esc(num(g.ignored))}, withdrawn ${esc(num(g.withdrawn))}, pending ${esc(num(g.pending))}<br>`
        + `accepted/sent ${esc(pct(g.acceptanceRate))}, accepted/answered ${esc(pct(g.answeredAcceptanceRate))}`;
    };
  }

  function acceptanceChart(id, report, horizontal) {
    const groups = report.groups;
    const names = groups.map((g) => g.label ? `${g.label}` : g.group);
    const asPct = (r) => r === null ? null : +(100 * r).toFixed(2);
    const long = names.length > 6 || names.some((n) => n.length > 10);
    const cat = {type: 'category', data: names, axisLabel: {interval: 0, rotate: horizontal ? 0 : (long ? 30 : 0), fontSize: 10}};
    const val = {type: 'value', name: '%', max: 100};
    draw(id, {
      tooltip: {trigger: 'axis', formatter: rateTooltip(groups)},
      legend: {top: 0},
      grid: {left: horizontal ? 140 : 45, right: 45, bottom: 80, top: 30},
      xAxis: horizontal ? val : cat,
      yAxis: horizontal ? Object.assign(cat, {inverse: true}) : [val, {type: 'value', name: 'sent', splitLine: {show: false}}],
      series: [
        {name: 'accepted / sent', type: 'bar', data: groups.map((g) => asPct(g.acceptanceRate))},
        {name: 'accepted / answered', type: 'bar', data: groups.map((g) => asPct(g.answeredAcceptanceRate))}
      ].concat(horizontal ? [] : [{name: 'sent', type: 'line', yAxisIndex: 1, data: groups.map((g) => g.sent)}])
    }, groups.reduce((n, g) => n + g.sent, 0));
  }

  function showAcceptance(overall, tta) {
    const o = overall.overall;
    kpi('kpi-sent', num(o.sent), o.sent);
    kpi('kpi-acceptance-rate', pct(o.acceptanceRate), o.acceptanceRate);
    $('kpi-acceptance-counts').textContent = `${num(o.accepted)} of ${num(o.sent)}`;
    kpi('kpi-answered-rate', pct(o.answeredAcceptanceRate), o.answeredAcceptanceRate);
    $('kpi-answered-counts').textContent = `${num(o.accepted)} of ${num(o.answered)} answered`;
    kpi('kpi-ignore-rate', pct(o.ignoreRate), o.ignoreRate);
    kpi('kpi-withdrawal-rate', pct(o.withdrawalRate), o.withdrawalRate);
    kpi('kpi-pending', num(o.pending), o.pending);
    kpi('kpi-time-to-answer', `${hours(tta.overall.medianHours)} / ${hours(tta.overall.p90Hours)}`, tta.overall.medianHours);
    const rows = [tta.overall].concat(tta.byAnswer);
    draw('chart-time-to-answer', {
      legend: {top: 0}, grid: {top: 30, bottom: 30, left: 45, right: 20},
      xAxis: {type: 'category', axisLabel: {interval: 0}, data: rows.map((r) => `${r.answer} (${num(r.answered)})`)},
      yAxis: {type: 'value', name: 'hours'},
      series: [{name: 'median', type: 'bar', data: rows.map((r) => r.medianHours)},
               {name: 'p90', type: 'bar', data: rows.map((r) => r.p90Hours)}]
    }, tta.overall.answered);
  }

  function showFunnel(f) {
    draw('chart-funnel', {
      tooltip: {trigger: 'item', formatter: (p) => `${esc(p.name)}: ${esc(num(p.value))}`
        + (f.stages[p.dataIndex].fromPrevious === null ? '' : ` (${esc(pct(f.stages[p.dataIndex].fromPrevious))} of the stage before)`)},
      series: [{type: 'funnel', sort: 'none', minSize: '8%', left: '10%', width: '80%', gap: 2,
        label: {show: true, position: 'inside', formatter: (p) => `${p.name}: ${num(p.value)}`},
        data: f.stages.map((s) => ({name: s.stage, value: s.count}))}]
    }, f.shown);
  }

  function showNetwork(n) {
    kpi('kpi-network', `${num(n.members)} / ${num(n.connections)}`, n.members);
    kpi('kpi-clustering', n.averageClusteringCoefficient.toFixed(3), n.averageClusteringCoefficient);
    kpi('kpi-components', `${num(n.components.count)} / ${num(n.communities.count)}`, n.components.count);
    draw('chart-growth', {
      legend: {top: 0}, grid: {top: 30, left: 60, right: 60, bottom: 30},
      xAxis: {type: 'time'},
      yAxis: [{type: 'value', name: 'members'}, {type: 'value', name: 'connections', splitLine: {show: false}}],
      series: [{name: 'members', type: 'line', showSymbol: false, step: 'end', data: n.growth.map((g) => [g.period, g.members])},
               {name: 'connections', type: 'line', yAxisIndex: 1, showSymbol: false, step: 'end', data: n.growth.map((g) => [g.period, g.connections])}]
    }, n.growth.length);
    const positive = n.degreeDistribution.filter((d) => d.degree > 0);
    draw('chart-degree', {
      tooltip: {trigger: 'item', formatter: (p) => `degree ${esc(p.value[0])}: ${esc(num(p.value[1]))} members`},
      grid: {top: 20, left: 50, right: 20, bottom: 40},
      xAxis: {type: 'log', name: 'degree', nameLocation: 'middle', nameGap: 25},
      yAxis: {type: 'log', name: 'members'},
      series: [{type: 'scatter', symbolSize: 6, data: positive.map((d) => [d.degree, d.members])}]
    }, positive.length);
    const comms = n.communities.largest;
    draw('chart-communities', {
      tooltip: {trigger: 'axis', formatter: (p) => `community ${esc(comms[p[0].dataIndex].rank)}: ${esc(num(comms[p[0].dataIndex].size))} members`
        + `<br>${comms[p[0].dataIndex].topMembers.map(esc).join('<br>')}`
        + labelLine('interests', comms[p[0].dataIndex].topInterests) + labelLine('organisations', comms[p[0].dataIndex].topOrganizations)},
      grid: {top: 30, left: 50, right: 20, bottom: 30},
      title: {text: `modularity ${n.communities.modularity === null ? 'n/a' : n.communities.modularity.toFixed(3)}`,
        right: 10, top: 0, textStyle: {fontSize: 12, fontWeight: 'normal'}},
      xAxis: {type: 'category', data: comms.map((c) => '#' + c.rank)},
      yAxis: {type: 'value', name: 'members'},
      series: [{type: 'bar', data: comms.map((c) => c.size)}]
    }, comms.length);
    showCommunityList(comms, n.communities.centrality);
    const top = n.topConnectors;
    draw('chart-connectors', {
      tooltip: {trigger: 'axis', formatter: (p) => `${esc(top[p[0].dataIndex].name || top[p[0].dataIndex].id)}<br>`
        + `PageRank ${esc(top[p[0].dataIndex].pageRank.toFixed(5))}, degree ${esc(top[p[0].dataIndex].degree)}`},
      grid: {top: 10, left: 140, right: 20, bottom: 30},
      yAxis: {type: 'category', inverse: true, data: top.map((c) => c.name || c.id)},
      xAxis: {type: 'value', name: 'PageRank'},
      series: [{type: 'bar', data: top.map((c) => c.pageRank)}]
    }, top.length);
    if (!$('reach-member').value && top.length) {
      $('reach-member').value = top[0].id;
    }
  }

  function labelLine(what, labels) {
    return labels && labels.length ? `<br>${esc(what)}: ${labels.map((l) => `${esc(l.name)} (${esc(l.members)})`).join(', ')}` : '';
  }

  // Built with DOM nodes and textContent: names, interests and organisations are member-chosen text.
  function showCommunityList(comms, centrality) {
    const list = $('communities-list');
    list.replaceChildren();
    list.title = `members ranked by ${centrality || ''}`;
    const names = (labels) => (labels || []).map((l) => `${l.name} (${l.members})`).join(', ');
    comms.slice(0, 5).forEach((c) => {
      const item = document.createElement('li');
      const head = document.createElement('strong');
      head.textContent = `#${c.rank} · ${num(c.size)} members: `;
      item.append(head, document.createTextNode(c.topMembers.join(', ')));
      [['interests', c.topInterests], ['organisations', c.topOrganizations]].forEach(([what, labels]) => {
        if (labels && labels.length) {
          const line = document.createElement('div');
          line.className = 'labels';
          line.textContent = `${what}: ${names(labels)}`;
          item.append(line);
        }
      });
      list.append(item);
    });
  }

  // The network metrics are computed in the background: a window asked for the first time answers
  // "computing" (202) until its report is ready.
  async function getNetwork() {
    for (;;) {
      const n = await get('/analytics/network', {interval: 'week'});
      if (n.state !== 'computing') return n;
      $('status').textContent = 'Network metrics for this window are being computed in the background…';
      await new Promise((resolve) => setTimeout(resolve, 1000 * (n.retryAfterSeconds || 2)));
    }
  }

  const age = (s) => s < 120 ? `${s} s` : (s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`);

  async function showReach() {
    const id = $('reach-member').value.trim();
    if (!id) return;
    const res = await fetch(`${API}/members/${encodeURIComponent(id)}/reach`, {headers: {Accept: 'application/json'}});
    if (!res.ok) { $('status').textContent = `reach of ${id}: ${res.status}`; return; }
    const r = await res.json();
    draw('chart-reach', {
      grid: {top: 20, left: 60, right: 20, bottom: 30},
      xAxis: {type: 'category', data: ['1st degree', '2nd degree', '3rd degree']},
      yAxis: {type: 'value', name: 'members'},
      series: [{type: 'bar', label: {show: true, position: 'top'}, data: [r.first, r.second, r.third]}]
    }, r.withinThree);
  }

  // The most recently started experiment: a table (cells set as text, never HTML) and accepted / sent per arm
  // per day. Intervals: Wilson per arm, Newcombe's hybrid score for the difference from the first arm.
  async function showExperiment() {
    const list = await get('/analytics/experiments');
    const body = $('experiment-arms').tBodies[0];
    body.replaceChildren();
    if (!list.length) {
      $('experiment-name').textContent = 'none defined';
      draw('chart-experiment', {series: []}, 0);
      return;
    }
    const latest = list[list.length - 1];
    const r = await get('/analytics/experiments/' + encodeURIComponent(latest.name));
    $('experiment-name').textContent = `${r.name} (${r.kind}, ${r.start.slice(0, 10)} to ${r.end.slice(0, 10)}${r.running ? ', running' : ''})`;
    const ci = (x) => (!x || x.value === null || x.value === undefined) ? 'n/a'
      : `${pct(x.value)} (${pct(x.low)} to ${pct(x.high)})`;
    r.arms.forEach((a) => {
      const d = r.differences.find((x) => x.arm === a.arm);
      const row = body.insertRow();
      [a.arm, pct(a.share), num(a.membersExposed), num(a.impressions), num(a.sent), ci(a.invitationsPerImpression),
        ci(a.acceptance), ci(a.answeredAcceptance), d ? ci(d.acceptance) : 'control'].forEach((text) => {
        row.insertCell().textContent = text;
      });
      row.dataset.arm = a.arm;
      row.dataset.sent = String(a.sent);
    });
    const days = [...new Set(r.daily.map((x) => x.day))];
    draw('chart-experiment', {
      legend: {},
      tooltip: {trigger: 'axis', formatter: (ps) => ps.map((p) => `${esc(p.seriesName)}: ${esc(p.value === null ? 'n/a' : p.value + ' %')}`).join('<br>')},
      xAxis: {type: 'category', data: days}, yAxis: {type: 'value', name: 'accepted / sent %'},
      series: r.arms.map((a) => ({name: a.arm, type: 'line', connectNulls: true, data: days.map((day) => {
        const x = r.daily.find((y) => y.day === day && y.arm === a.arm);
        return x && x.sent ? Number((100 * x.accepted / x.sent).toFixed(1)) : null;
      })}))
    }, r.daily.length);
  }

  async function load() {
    const status = $('status');
    status.className = 'status';
    status.textContent = 'Loading…';
    document.body.dataset.loaded = 'false';
    try {
      const splits = ['note', 'source', 'reason', 'mutuals', 'cohort', 'sender'];
      const [overall, tta, funnel, network, ...bySplit] = await Promise.all(
        [get('/analytics/acceptance'), get('/analytics/time-to-answer'), get('/analytics/funnel'),
         getNetwork()]
          .concat(splits.map((by) => get('/analytics/acceptance', by === 'sender' ? {by, limit: 15} : {by}))));
      showAcceptance(overall, tta);
      splits.forEach((by, i) => acceptanceChart('chart-' + by, bySplit[i], by === 'sender'));
      showFunnel(funnel);
      showNetwork(network);
      await showReach();
      await showExperiment();
      const w = overall.window;
      status.textContent = `Window: ${w.from || 'beginning'} to ${w.to || 'now'} · network metrics computed in the background`
        + ` ${age(network.ageSeconds)} ago (${network.computedAt}, took ${network.computeMillis} ms)`;
      document.body.dataset.loaded = 'true';
    } catch (e) {
      status.className = 'status error';
      status.textContent = 'Could not load: ' + e.message;
    }
  }

  function pushWindow() {
    const p = windowParams();
    history.replaceState(null, '', location.pathname + (p.toString() ? '?' + p : ''));
    load();
  }

  const query = new URLSearchParams(location.search);
  $('from').value = query.get('from') || '';
  $('to').value = query.get('to') || '';
  $('window').addEventListener('submit', (e) => { e.preventDefault(); pushWindow(); });
  document.querySelectorAll('button[data-days]').forEach((b) => b.addEventListener('click', () => {
    const days = Number(b.dataset.days);
    if (days === 0) { $('from').value = ''; $('to').value = ''; } else {
      const to = new Date();
      const from = new Date(to.getTime() - (days - 1) * 86400000);
      $('from').value = from.toISOString().slice(0, 10);
      $('to').value = to.toISOString().slice(0, 10);
    }
    pushWindow();
  }));
  $('reach-go').addEventListener('click', showReach);
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  load();
})();
