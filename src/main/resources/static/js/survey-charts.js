// Bar charts of survey shares with their 95% interval as whiskers, and the published figure beside each bar.
// The numbers come from data- attributes written by the page, so nothing here knows the survey.
document.addEventListener('DOMContentLoaded', () => {
  if (typeof echarts === 'undefined') return;
  const split = (el, name) => (el.dataset[name] || '').split('|');
  const num = (s) => (s === '' ? null : Number(s));
  document.querySelectorAll('.netra-chart').forEach((el) => {
    const labels = split(el, 'labels');
    const values = split(el, 'values').map(num);
    const lower = split(el, 'lower').map(num);
    const upper = split(el, 'upper').map(num);
    const published = split(el, 'published').map(num);
    const hasPublished = published.some((v) => v !== null);
    el.style.height = Math.max(220, labels.length * (hasPublished ? 56 : 40) + 60) + 'px';
    const chart = echarts.init(el);
    const whiskers = {
      type: 'custom', name: 'CI', silent: true, z: 10,
      data: labels.map((_, i) => [lower[i], upper[i], i]),
      renderItem: (params, api) => {
        if (api.value(0) === null || isNaN(api.value(0))) return null;
        const lo = api.coord([api.value(0), api.value(2)]);
        const hi = api.coord([api.value(1), api.value(2)]);
        const offset = hasPublished ? -api.size([0, 1])[1] * 0.18 : 0;
        const h = 6;
        const y = lo[1] + offset;
        const style = { stroke: '#222', lineWidth: 1.5 };
        return { type: 'group', children: [
          { type: 'line', shape: { x1: lo[0], y1: y, x2: hi[0], y2: y }, style },
          { type: 'line', shape: { x1: lo[0], y1: y - h, x2: lo[0], y2: y + h }, style },
          { type: 'line', shape: { x1: hi[0], y1: y - h, x2: hi[0], y2: y + h }, style }] };
      },
    };
    const series = [{ type: 'bar', name: el.dataset.seriesEstimate, data: values, itemStyle: { color: '#1f6feb' },
      label: { show: true, position: 'insideLeft', formatter: (p) => (p.value === null ? '' : p.value.toFixed(1)) } }];
    if (hasPublished) {
      series.push({ type: 'bar', name: el.dataset.seriesPublished, data: published, itemStyle: { color: '#b0b7c3' },
        label: { show: true, position: 'insideLeft', formatter: (p) => (p.value === null ? '' : p.value.toFixed(2)) } });
    }
    series.push(whiskers);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: el.clientWidth < 520 ? 60 : 32, bottom: 24, containLabel: true },
      legend: { top: 0, data: series.filter((s) => s.type === 'bar').map((s) => s.name) },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: labels, inverse: true,
        axisLabel: { width: Math.min(220, el.clientWidth * 0.4), overflow: 'break' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      series,
    });
    window.addEventListener('resize', () => chart.resize());
  });
});
