import { use } from 'echarts/core'
import { BarChart, LineChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

// Legends are drawn as HTML by ChartPanel, so no legend component here.
use([LineChart, ScatterChart, BarChart, GridComponent, TooltipComponent, AriaComponent, CanvasRenderer])
