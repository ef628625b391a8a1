// The leaders' dashboard: one GraphQL query to the gateway per view. Plain browser JavaScript,
// served by the gateway from the project's own files (no CDN, no build step).
(function () {
  'use strict';
  var sectors = [
    { key: 'procedures', label: 'Thủ tục hành chính', args: 'period' },
    { key: 'health', label: 'Y tế', args: 'period' },
    { key: 'education', label: 'Giáo dục', args: 'schoolYear' },
    { key: 'land', label: 'Đất đai', args: '' },
    { key: 'environment', label: 'Môi trường', args: '' },
    { key: 'vessels', label: 'Tàu cá', args: '' },
  ];
  var $ = function (id) { return document.getElementById(id); };

  var fromHash = /(?:^|[#&])token=([^&]+)/.exec(location.hash);
  if (fromHash) { sessionStorage.setItem('hubToken', decodeURIComponent(fromHash[1])); history.replaceState(null, '', location.pathname); }
  var token = function () { return sessionStorage.getItem('hubToken'); };

  function gql(query, variables) {
    var headers = { 'content-type': 'application/json' };
    if (token()) headers.authorization = 'Bearer ' + token();
    return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify({ query: query, variables: variables }) })
      .then(function (r) { return r.json().then(function (body) { body.httpStatus = r.status; return body; }); });
  }

  function text(tag, content, className) {
    var el = document.createElement(tag);
    el.textContent = content;
    if (className) el.className = className;
    return el;
  }

  var number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  var time = function (iso) { return iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '—'; };

  function today() { return new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10); }
  function defaults() {
    $('from').value = '2025-01-01';
    $('to').value = today();
    var y = Number(today().slice(0, 4)) - (Number(today().slice(5, 7)) < 9 ? 1 : 0);
    $('schoolYear').value = y + '-' + (y + 1);
  }

  function loadProvinces() {
    var asOf = $('register').value;
    return gql('query($asOf: Date) { provinces(asOf: $asOf) { code name } }', { asOf: asOf || null }).then(function (r) {
      var select = $('province');
      var keep = select.value;
      select.innerHTML = '';
      (r.data ? r.data.provinces : []).forEach(function (p) {
        var o = text('option', p.name); o.value = p.code; select.appendChild(o);
      });
      select.value = keep && select.querySelector('option[value="' + keep + '"]') ? keep : (asOf ? '49' : '48');
    });
  }

  // One request per sector: a sector that is down or refuses the caller leaves the others standing.
  function sectorQuery(s) {
    var args = s.args === 'period' ? '(from: $from, to: $to)' : s.args === 'schoolYear' ? '(schoolYear: $schoolYear)' : '';
    var vars = s.args === 'period' ? ', $from: Date!, $to: Date!' : s.args === 'schoolYear' ? ', $schoolYear: String!' : '';
    return 'query($code: String!, $asOf: Date' + vars + ') { province(code: $code, asOf: $asOf) { name ' + s.key + args +
      ' { indicators { code name value unit target status period source } alerts { code level title unitCode time link } } } ' +
      s.key + 'Feeds { feed lastSuccessAt lastOutcome records rejects } }';
  }

  function variablesFor(s) {
    var v = { code: $('province').value, asOf: $('register').value || null };
    if (s.args === 'period') { v.from = $('from').value; v.to = $('to').value; }
    if (s.args === 'schoolYear') v.schoolYear = $('schoolYear').value;
    return v;
  }

  function render(results) {
    var cards = $('indicators'); cards.innerHTML = '';
    var body = document.querySelector('#feeds tbody'); body.innerHTML = '';
    var alerts = [];
    var problems = [];
    results.forEach(function (x) {
      var s = x.sector, r = x.result;
      if (r.errors) problems.push(s.label + ': ' + r.errors[0].message);
      var p = r.data && r.data.province;
      if (p) $('unitName').textContent = p.name;
      var v = p && p[s.key];
      if (v) {
        v.indicators.forEach(function (i) {
          var card = document.createElement('div');
          card.className = 'card ' + i.status;
          card.setAttribute('data-code', i.code);
          card.appendChild(text('div', s.label, 'sector'));
          card.appendChild(text('div', i.name, 'name'));
          card.appendChild(text('div', i.value === null ? '—' : number.format(i.value) + (i.unit ? ' ' + i.unit : ''), 'value'));
          if (i.target !== null) card.appendChild(text('div', 'Mục tiêu: ' + number.format(i.target) + (i.unit ? ' ' + i.unit : ''), 'target'));
          cards.appendChild(card);
        });
        v.alerts.forEach(function (a) { alerts.push({ sector: s.label, alert: a }); });
      }
      ((r.data && r.data[s.key + 'Feeds']) || []).forEach(function (f) {
        var tr = document.createElement('tr');
        [s.label, f.feed, time(f.lastSuccessAt), f.lastOutcome, number.format(f.records), number.format(f.rejects)].forEach(function (c, i) {
          tr.appendChild(text('td', c, i === 3 ? f.lastOutcome : ''));
        });
        body.appendChild(tr);
      });
    });
    var rank = { CRITICAL: 0, WARNING: 1, INFO: 2 };
    alerts.sort(function (a, b) { return rank[a.alert.level] - rank[b.alert.level] || (a.alert.time < b.alert.time ? 1 : -1); });
    var list = $('alerts'); list.innerHTML = '';
    alerts.slice(0, 50).forEach(function (x) {
      list.appendChild(text('li', '[' + x.sector + '] ' + x.alert.title + ' — ' + time(x.alert.time), x.alert.level));
    });
    if (alerts.length === 0) list.appendChild(text('li', 'Không có cảnh báo.'));
    $('status').textContent = (problems.length ? 'Một số phần chưa tải được — ' + problems.join('; ') + '. ' : '') + 'Cập nhật lúc ' + time(new Date().toISOString());
  }

  function refresh() {
    $('status').textContent = 'Đang tải…';
    return Promise.all(sectors.map(function (s) {
      return gql(sectorQuery(s), variablesFor(s)).then(function (r) { return { sector: s, result: r }; },
        function (e) { return { sector: s, result: { errors: [{ message: e.message }] } }; });
    })).then(function (results) {
      if (results.some(function (x) { return x.result.httpStatus === 401; })) {
        $('login').hidden = false; $('status').textContent = 'Token không hợp lệ hoặc đã hết hạn.'; return;
      }
      $('login').hidden = !!token();
      render(results);
    });
  }

  $('controls').addEventListener('submit', function (e) { e.preventDefault(); refresh(); });
  $('register').addEventListener('change', function () { loadProvinces().then(refresh); });
  $('tokenForm').addEventListener('submit', function (e) { e.preventDefault(); sessionStorage.setItem('hubToken', $('token').value.trim()); refresh(); });
  defaults();
  $('login').hidden = !!token();
  loadProvinces().then(refresh);
})();
