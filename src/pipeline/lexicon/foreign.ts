/**
 * Neighbouring countries whose own statistics border-port news quotes (蒙古国煤炭出口量, 俄罗斯原油产量): figures of
 * theirs are outside the region the data cover. Their short forms (蒙方, 俄方) are how the same news names them.
 */
export const FOREIGN_COUNTRIES = ['蒙古国', '蒙古國', '俄罗斯', '俄羅斯', '蒙方', '俄方', '哈萨克斯坦']

/** What a country does itself, rather than what passes our ports: its exports, output and sales. */
export const OWN_FLOW_WORDS = ['出口', '产量', '生产', '销售', '开采']
