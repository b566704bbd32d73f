// Stacked bars: how many focus-group notes speak to each theme, one colour per group. The counts come from data-
// attributes written by the page (themes separated by |, each theme's counts per group by commas).
document.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('fgd-chart');
  if (!el || typeof echarts === 'undefined') return;
  const themes = el.dataset.labels.split('|');
  const groups = el.dataset.groups.split('|');
  const counts = el.dataset.counts.split('|').map((row) => row.split(',').map(Number));
  el.style.height = Math.max(240, themes.length * 44 + 90) + 'px';
  const chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: themes, inverse: true,
      axisLabel: { width: Math.min(220, el.clientWidth * 0.4), overflow: 'break' } },
    series: groups.map((g, gi) => ({ name: g, type: 'bar', stack: 'notes',
      data: counts.map((row) => row[gi]) })),
  });
  window.addEventListener('resize', () => chart.resize());
});
