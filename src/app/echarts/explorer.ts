import { use } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import './time.ts'

/** Every chart type of the explorer at once, for pages that draw any of them (the embeds). */
use([BarChart])
