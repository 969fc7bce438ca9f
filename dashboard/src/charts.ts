/** ECharts, tree-shaken: only the charts and components the views use are bundled. */
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, ToolboxComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, TitleComponent, ToolboxComponent, CanvasRenderer]);

export type Option = echarts.EChartsCoreOption;

const live = new Set<echarts.ECharts>();
const observers = new Map<echarts.ECharts, ResizeObserver>();

export const PALETTE = ['#2f6fb3', '#e39a2d', '#3a9d6a', '#c0504d', '#8064a2', '#4bacc6'];

/** A chart in a new element; disposed when the view changes (disposeCharts). */
export function chart(option: Option, height = 300): HTMLElement {
  const element = document.createElement('div');
  element.className = 'chart';
  element.style.height = `${height}px`;
  // Render once the element is in the document and has its width.
  requestAnimationFrame(() => {
    if (!element.isConnected) return;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    instance.setOption({
      color: PALETTE,
      // No animation under automation, so screenshots show the final chart.
      animation: !navigator.webdriver,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      // 保存为图片 (PNG), top right.
      toolbox: { right: 4, top: 0, feature: { saveAsImage: { title: '保存为图片', name: `jixiao-${document.title.split(' ')[0]}` } } },
      ...option,
    });
    // Bars no wider than 48 px, whatever the number of categories.
    const series = (option as { series?: { type?: string }[] }).series ?? [];
    if (series.some((s) => s.type === 'bar')) {
      instance.setOption({ series: series.map((s) => (s.type === 'bar' ? { barMaxWidth: 48 } : {})) });
    }
    live.add(instance);
    // Follows its element's width (a phone turned, a sidebar, printing).
    const observer = new ResizeObserver(() => {
      if (!instance.isDisposed()) instance.resize();
    });
    observer.observe(element);
    observers.set(instance, observer);
    element.dataset.rendered = 'true';
  });
  return element;
}

export function disposeCharts(): void {
  for (const instance of live) instance.dispose();
  for (const observer of observers.values()) observer.disconnect();
  live.clear();
  observers.clear();
}

// The window resized, or the page is about to be printed (A4 is narrower than most screens).
for (const event of ['resize', 'beforeprint']) {
  window.addEventListener(event, () => {
    for (const instance of live) instance.resize();
  });
}
