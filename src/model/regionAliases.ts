/**
 * Names of Inner Mongolia's places that the GB/T 2260 table does not hold: abbreviations in common use and city
 * nicknames. Plain data in the model, so the extractor (src/pipeline/regions.ts) and the search index
 * (src/search/regionNames.ts) read one list and agree on what a name means, and the search imports no pipeline.
 */

/** Abbreviations in common use that no suffix rule derives, by the official name they stand for. */
export const COMMON_SHORT_FORMS: Record<string, string[]> = {
  内蒙古自治区: ['内蒙', '自治区'],
  呼和浩特市: ['呼市'],
  锡林郭勒盟: ['锡盟'],
  阿拉善盟: ['阿盟'],
  巴彦淖尔市: ['巴盟'],
  达尔罕茂明安联合旗: ['达茂旗', '达茂'],
  科尔沁右翼中旗: ['科右中旗'],
  科尔沁右翼前旗: ['科右前旗'],
  科尔沁左翼中旗: ['科左中旗'],
  科尔沁左翼后旗: ['科左后旗'],
  察哈尔右翼前旗: ['察右前旗'],
  察哈尔右翼中旗: ['察右中旗'],
  察哈尔右翼后旗: ['察右后旗'],
  伊金霍洛旗: ['伊旗'],
  鄂托克前旗: ['鄂前旗'],
  阿拉善左旗: ['阿左旗'],
  阿拉善右旗: ['阿右旗'],
  东乌珠穆沁旗: ['东乌旗'],
  西乌珠穆沁旗: ['西乌旗'],
  莫力达瓦达斡尔族自治旗: ['莫旗'],
  鄂温克族自治旗: ['鄂温克旗'],
  鄂伦春自治旗: ['鄂伦春旗'],
  土默特左旗: ['土左旗'],
  土默特右旗: ['土右旗'],
  托克托县: ['托县'],
  和林格尔县: ['和林县'],
  准格尔旗: ['准旗'],
  达拉特旗: ['达旗'],
  新巴尔虎左旗: ['新左旗'],
  新巴尔虎右旗: ['新右旗'],
  陈巴尔虎旗: ['陈旗'],
  苏尼特左旗: ['苏左旗'],
  苏尼特右旗: ['苏右旗'],
  阿鲁科尔沁旗: ['阿旗'],
  克什克腾旗: ['克旗'],
  翁牛特旗: ['翁旗'],
  喀喇沁旗: ['喀旗'],
  扎鲁特旗: ['扎旗'],
  太仆寺旗: ['太旗'],
  额济纳旗: ['额旗'],
  乌拉特前旗: ['乌前旗'],
  乌拉特中旗: ['乌中旗'],
  乌拉特后旗: ['乌后旗'],
  杭锦后旗: ['杭后'],
  科尔沁区: ['科区'],
  昆都仑区: ['昆区'],
  白云鄂博矿区: ['白云矿区'],
  二连浩特市: ['二连'],
  锡林浩特市: ['锡市'],
  包头稀土高新技术产业开发区: ['稀土高新区', '包头稀土高新区'],
  内蒙古阿拉善高新技术产业开发区: ['阿拉善高新区'],
  乌拉盖管理区管委会: ['乌拉盖管理区', '乌拉盖'],
  呼和浩特经济技术开发区: ['呼和浩特经开区'],
  通辽经济技术开发区: ['通辽经开区'],
}

/** Nicknames of cities. */
export const CITY_NICKNAMES: Record<string, string[]> = {
  呼和浩特市: ['首府', '青城', '中国乳都'],
  包头市: ['鹿城', '草原钢城'],
}
