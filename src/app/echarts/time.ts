import { use } from 'echarts/core'
import { LineChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

// What the explorer's time charts need. Legends are drawn as HTML by ChartPanel, so no legend component;
// the bar chart comes with the region view (map.ts).
use([LineChart, ScatterChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer])
