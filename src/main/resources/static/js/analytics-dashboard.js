// The dashboard's charts. Numbers, names and drill-down addresses come from data- attributes written by the page;
// the page's tables carry the same numbers and links, so nothing is lost without scripts.
document.addEventListener('DOMContentLoaded', () => {
  // searchable pickers: typing narrows the options of a long list
  document.querySelectorAll('[data-picker-for]').forEach((input) => {
    const select = document.getElementById(input.dataset.pickerFor);
    if (!select) return;
    input.addEventListener('input', () => {
      const term = input.value.trim().toLowerCase();
      Array.from(select.options).forEach((option, i) => {
        option.hidden = i > 0 && term !== '' && !option.text.toLowerCase().includes(term);
      });
      const first = Array.from(select.options).find((o, i) => i > 0 && !o.hidden);
      if (term !== '' && first) select.value = first.value;
    });
  });

  if (typeof echarts === 'undefined') return;
  const split = (el, name) => (el.dataset[name] ? el.dataset[name].split('|') : []);
  const charts = [];
  document.querySelectorAll('.netra-stats-chart').forEach((el) => {
    const kind = el.dataset.kind;
    if (kind === 'bar') charts.push(bar(el));
    if (kind === 'funnel') charts.push(funnel(el));
    if (kind === 'weekly') charts.push(weekly(el));
  });
  window.addEventListener('resize', () => charts.forEach((c) => c && c.resize()));

  function bar(el) {
    const labels = split(el, 'labels');
    const values = split(el, 'values').map(Number);
    const drill = split(el, 'drill');
    if (labels.length === 0) return null;
    el.style.height = Math.max(160, labels.length * 28 + 40) + 'px';
    const chart = echarts.init(el);
    chart.setOption({
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: labels,
        axisLabel: { width: 170, overflow: 'truncate' } },
      series: [{ type: 'bar', name: el.dataset.seriesName, data: values, itemStyle: { color: '#1f6feb' },
        label: { show: true, position: 'right' },
        cursor: drill.some((d) => d) ? 'pointer' : 'default' }],
    });
    chart.on('click', (params) => {
      const target = drill[params.dataIndex];
      if (target) window.location.href = target;
    });
    return chart;
  }

  function funnel(el) {
    const labels = split(el, 'labels');
    const values = split(el, 'values').map(Number);
    el.style.height = '240px';
    const chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'item' },
      series: [{ type: 'funnel', sort: 'none', left: 8, right: 8, top: 8, bottom: 8, minSize: '8%',
        label: { show: true, position: 'inside', formatter: '{b}: {c}' },
        data: labels.map((name, i) => ({ name, value: values[i] })) }],
    });
    return chart;
  }

  function weekly(el) {
    const weeks = split(el, 'weeks');
    const values = split(el, 'values').map(Number);
    if (weeks.length === 0) return null;
    const bands = split(el, 'phases').map((p) => p.split(';'));
    const colours = ['rgba(31,111,235,0.08)', 'rgba(218,54,51,0.10)', 'rgba(110,118,129,0.14)',
      'rgba(35,134,54,0.12)', 'rgba(191,135,0,0.12)'];
    // a phase is shaded over the weeks it overlaps; weeks are Mondays, as in the data
    const weekOf = (iso) => {
      const d = new Date(iso + 'T00:00:00Z');
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return d.toISOString().slice(0, 10);
    };
    const clamp = (w) => (w < weeks[0] ? weeks[0] : w > weeks[weeks.length - 1] ? weeks[weeks.length - 1] : w);
    const areas = bands.filter((b) => b.length === 3 && b[2] >= weeks[0] && (b[1] === '' || b[1] <= weeks[weeks.length - 1] + 'Z'))
      .map((b, i) => [{ name: b[0], xAxis: clamp(b[1] === '' ? weeks[0] : weekOf(b[1])),
        itemStyle: { color: colours[i % colours.length] } }, { xAxis: clamp(weekOf(b[2])) }]);
    el.style.height = '300px';
    const chart = echarts.init(el);
    chart.setOption({
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: weeks },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: el.dataset.seriesName, data: values, itemStyle: { color: '#1f6feb' },
        markArea: { silent: true, label: { position: 'insideTop', fontSize: 10 }, data: areas } }],
    });
    return chart;
  }
});
