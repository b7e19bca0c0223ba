import { use } from 'echarts/core'
import { TooltipComponent } from 'echarts/components'

// Tooltips (with the axis pointer they bring, about 17 KB gzip of ECharts) are needed once a reader points at a
// chart, not to draw it: charts register them after their first drawing, or at the first pointer over them.
use([TooltipComponent])
