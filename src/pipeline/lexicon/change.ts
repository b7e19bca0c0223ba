/**
 * Words of change: how news says a figure grew, fell or reached a level. One list, read by the metric stage.
 * Invented examples: 同比增长8.1%, 增速为6.5%, 增幅达12%, 增速高达27%, 增长速度达到16%, 上涨3.4%, 回落1.2%, 降幅收窄至2%, 两年平均增长4.2%.
 */

/** What may stand between a comparison base and the verb: 同比, 比上年, 较2019年同期, 两年平均. */
const BASE = String.raw`(?:同比|环比|比上年|较上年|比去年|较去年|(?:比|较)(?:\d{4}年)?同期|同期|(?:两|三)年(?:平均|均)|年均|平均)?`
// 递增/递减: older reports' word for a yearly rate (年均递增12%, 年递增8%).
const VERBS = ['增长', '增加', '递增', '增', '提高', '上升', '上涨', '扩大', '下降', '减少', '递减', '降低', '下滑', '回落', '锐减', '减', '降', '压缩', '缩减', '收窄']
/** Rates, which may take a verb of their own: 增速为, 增幅达到, 降幅是, 增速高达, 增长率为, 增速均超过. */
const RATES = ['增速', '增幅', '降幅', '增长率', '增长速度']
const RATE_VERBS = ['为', '达', '达到', '是', '高达', '均', '都']
const VERB = `(?:${[...VERBS, ...RATES.map((r) => `${r}(?:均|都)?(?:为|(?:高)?达到?|是)?`)].join('|')})`

/** A growth verb ending the text before a number (`…同比增长` + `8.1%`). */
export const GROWTH_VERB = new RegExp(`${BASE}(?:名义|实际)?(?:分别)?${VERB}(?:了)?$`)
/**
 * The characters a GROWTH_VERB match ends with. The regex is anchored at the end and so tried from every position
 * of a lead; a lead ending in another character (most do) cannot match it.
 */
export const GROWTH_VERB_LAST = new Set([...VERBS, ...RATES, ...RATE_VERBS, '了'].map((w) => w.charCodeAt(w.length - 1)))

/** A verb of decline: the figure is negative. */
export const DECLINE = /下降|减少|递减|降低|下滑|回落|锐减|压缩|缩减|收窄|减|降/

/** Verbs that say a level was reached, which turn a preceding growth verb into a level (增长到, 提升至). */
export const REACH = /(?:增长|增加|提高|提升|上升|下降|减少|降低|降|升|扩大)(?:到|至)$/
/** The characters a REACH match ends with. */
export const REACH_LAST = new Set(['到', '至'].map((w) => w.charCodeAt(0)))

/** A month-on-month change (环比), kept apart from a year-on-year one (同比). */
export const MONTH_ON_MONTH = /环比/
