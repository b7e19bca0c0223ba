import { use } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import './time.ts'
import './tooltip.ts'

/** Every chart type of the explorer at once, with tooltips, for pages that draw any of them (the embeds). */
use([BarChart])
