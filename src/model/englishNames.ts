/**
 * Official English names of the places the papers name: Inner Mongolia's leagues and cities, its banners,
 * counties, districts and development zones (by GB/T 2260 code), its land ports, and the provinces. Pinyin of
 * the Chinese name is only the fallback for a place not listed here (a town, a village): 达尔罕茂明安联合旗 is
 * Darhan Muminggan United Banner, which no romanizer produces.
 *
 * Plain data in the model so the app, the embeds and the search index (Latin queries such as "darhan") agree,
 * without the app importing the pipeline.
 */

/** By 6-digit code: [Chinese name, English name]. Cities carry no suffix; the three 盟 are Leagues. */
export const PLACE_NAMES: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  '100000': ['全国', 'China'],
  '110000': ['北京市', 'Beijing'],
  '120000': ['天津市', 'Tianjin'],
  '130000': ['河北省', 'Hebei'],
  '140000': ['山西省', 'Shanxi'],
  '150000': ['内蒙古自治区', 'Inner Mongolia'],
  '210000': ['辽宁省', 'Liaoning'],
  '220000': ['吉林省', 'Jilin'],
  '230000': ['黑龙江省', 'Heilongjiang'],
  '310000': ['上海市', 'Shanghai'],
  '320000': ['江苏省', 'Jiangsu'],
  '330000': ['浙江省', 'Zhejiang'],
  '340000': ['安徽省', 'Anhui'],
  '350000': ['福建省', 'Fujian'],
  '360000': ['江西省', 'Jiangxi'],
  '370000': ['山东省', 'Shandong'],
  '410000': ['河南省', 'Henan'],
  '420000': ['湖北省', 'Hubei'],
  '430000': ['湖南省', 'Hunan'],
  '440000': ['广东省', 'Guangdong'],
  '450000': ['广西壮族自治区', 'Guangxi'],
  '460000': ['海南省', 'Hainan'],
  '500000': ['重庆市', 'Chongqing'],
  '510000': ['四川省', 'Sichuan'],
  '520000': ['贵州省', 'Guizhou'],
  '530000': ['云南省', 'Yunnan'],
  '540000': ['西藏自治区', 'Tibet'],
  '610000': ['陕西省', 'Shaanxi'],
  '620000': ['甘肃省', 'Gansu'],
  '630000': ['青海省', 'Qinghai'],
  '640000': ['宁夏回族自治区', 'Ningxia'],
  '650000': ['新疆维吾尔自治区', 'Xinjiang'],
  '710000': ['台湾省', 'Taiwan'],
  '810000': ['香港特别行政区', 'Hong Kong'],
  '820000': ['澳门特别行政区', 'Macao'],

  '150100': ['呼和浩特市', 'Hohhot'],
  '150102': ['新城区', 'Xincheng District'],
  '150103': ['回民区', 'Huimin District'],
  '150104': ['玉泉区', 'Yuquan District'],
  '150105': ['赛罕区', 'Saihan District'],
  '150121': ['土默特左旗', 'Tumed Left Banner'],
  '150122': ['托克托县', 'Togtoh County'],
  '150123': ['和林格尔县', 'Horinger County'],
  '150124': ['清水河县', 'Qingshuihe County'],
  '150125': ['武川县', 'Wuchuan County'],
  '150172': ['呼和浩特经济技术开发区', 'Hohhot Economic and Technological Development Zone'],

  '150200': ['包头市', 'Baotou'],
  '150202': ['东河区', 'Donghe District'],
  '150203': ['昆都仑区', 'Kundulun District'],
  '150204': ['青山区', 'Qingshan District'],
  '150205': ['石拐区', 'Shiguai District'],
  '150206': ['白云鄂博矿区', 'Bayan Obo Mining District'],
  '150207': ['九原区', 'Jiuyuan District'],
  '150221': ['土默特右旗', 'Tumed Right Banner'],
  '150222': ['固阳县', 'Guyang County'],
  '150223': ['达尔罕茂明安联合旗', 'Darhan Muminggan United Banner'],
  '150271': ['包头稀土高新技术产业开发区', 'Baotou Rare Earth High-tech Zone'],

  '150300': ['乌海市', 'Wuhai'],
  '150302': ['海勃湾区', 'Haibowan District'],
  '150303': ['海南区', 'Hainan District'],
  '150304': ['乌达区', 'Wuda District'],

  '150400': ['赤峰市', 'Chifeng'],
  '150402': ['红山区', 'Hongshan District'],
  '150403': ['元宝山区', 'Yuanbaoshan District'],
  '150404': ['松山区', 'Songshan District'],
  '150421': ['阿鲁科尔沁旗', 'Ar Horqin Banner'],
  '150422': ['巴林左旗', 'Bairin Left Banner'],
  '150423': ['巴林右旗', 'Bairin Right Banner'],
  '150424': ['林西县', 'Linxi County'],
  '150425': ['克什克腾旗', 'Hexigten Banner'],
  '150426': ['翁牛特旗', 'Ongniud Banner'],
  '150428': ['喀喇沁旗', 'Harqin Banner'],
  '150429': ['宁城县', 'Ningcheng County'],
  '150430': ['敖汉旗', 'Aohan Banner'],

  '150500': ['通辽市', 'Tongliao'],
  '150502': ['科尔沁区', 'Horqin District'],
  '150521': ['科尔沁左翼中旗', 'Horqin Left Middle Banner'],
  '150522': ['科尔沁左翼后旗', 'Horqin Left Rear Banner'],
  '150523': ['开鲁县', 'Kailu County'],
  '150524': ['库伦旗', 'Hure Banner'],
  '150525': ['奈曼旗', 'Naiman Banner'],
  '150526': ['扎鲁特旗', 'Jarud Banner'],
  '150571': ['通辽经济技术开发区', 'Tongliao Economic and Technological Development Zone'],
  '150581': ['霍林郭勒市', 'Holingol'],

  '150600': ['鄂尔多斯市', 'Ordos'],
  '150602': ['东胜区', 'Dongsheng District'],
  '150603': ['康巴什区', 'Kangbashi District'],
  '150621': ['达拉特旗', 'Dalad Banner'],
  '150622': ['准格尔旗', 'Jungar Banner'],
  '150623': ['鄂托克前旗', 'Otog Front Banner'],
  '150624': ['鄂托克旗', 'Otog Banner'],
  '150625': ['杭锦旗', 'Hanggin Banner'],
  '150626': ['乌审旗', 'Uxin Banner'],
  '150627': ['伊金霍洛旗', 'Ejin Horo Banner'],

  '150700': ['呼伦贝尔市', 'Hulunbuir'],
  '150702': ['海拉尔区', 'Hailar District'],
  '150703': ['扎赉诺尔区', 'Jalainur District'],
  '150721': ['阿荣旗', 'Arun Banner'],
  '150722': ['莫力达瓦达斡尔族自治旗', 'Morin Dawa Daur Autonomous Banner'],
  '150723': ['鄂伦春自治旗', 'Oroqen Autonomous Banner'],
  '150724': ['鄂温克族自治旗', 'Evenk Autonomous Banner'],
  '150725': ['陈巴尔虎旗', 'Old Barag Banner'],
  '150726': ['新巴尔虎左旗', 'New Barag Left Banner'],
  '150727': ['新巴尔虎右旗', 'New Barag Right Banner'],
  '150781': ['满洲里市', 'Manzhouli'],
  '150782': ['牙克石市', 'Yakeshi'],
  '150783': ['扎兰屯市', 'Zalantun'],
  '150784': ['额尔古纳市', 'Ergun'],
  '150785': ['根河市', 'Genhe'],

  '150800': ['巴彦淖尔市', 'Bayannur'],
  '150802': ['临河区', 'Linhe District'],
  '150821': ['五原县', 'Wuyuan County'],
  '150822': ['磴口县', 'Dengkou County'],
  '150823': ['乌拉特前旗', 'Urad Front Banner'],
  '150824': ['乌拉特中旗', 'Urad Middle Banner'],
  '150825': ['乌拉特后旗', 'Urad Rear Banner'],
  '150826': ['杭锦后旗', 'Hanggin Rear Banner'],

  '150900': ['乌兰察布市', 'Ulanqab'],
  '150902': ['集宁区', 'Jining District'],
  '150921': ['卓资县', 'Zhuozi County'],
  '150922': ['化德县', 'Huade County'],
  '150923': ['商都县', 'Shangdu County'],
  '150924': ['兴和县', 'Xinghe County'],
  '150925': ['凉城县', 'Liangcheng County'],
  '150926': ['察哈尔右翼前旗', 'Qahar Right Front Banner'],
  '150927': ['察哈尔右翼中旗', 'Qahar Right Middle Banner'],
  '150928': ['察哈尔右翼后旗', 'Qahar Right Rear Banner'],
  '150929': ['四子王旗', 'Siziwang Banner'],
  '150981': ['丰镇市', 'Fengzhen'],

  '152200': ['兴安盟', 'Hinggan League'],
  '152201': ['乌兰浩特市', 'Ulanhot'],
  '152202': ['阿尔山市', 'Arxan'],
  '152221': ['科尔沁右翼前旗', 'Horqin Right Front Banner'],
  '152222': ['科尔沁右翼中旗', 'Horqin Right Middle Banner'],
  '152223': ['扎赉特旗', 'Jalaid Banner'],
  '152224': ['突泉县', 'Tuquan County'],

  '152500': ['锡林郭勒盟', 'Xilingol League'],
  '152501': ['二连浩特市', 'Erenhot'],
  '152502': ['锡林浩特市', 'Xilinhot'],
  '152522': ['阿巴嘎旗', 'Abag Banner'],
  '152523': ['苏尼特左旗', 'Sonid Left Banner'],
  '152524': ['苏尼特右旗', 'Sonid Right Banner'],
  '152525': ['东乌珠穆沁旗', 'East Ujimqin Banner'],
  '152526': ['西乌珠穆沁旗', 'West Ujimqin Banner'],
  '152527': ['太仆寺旗', 'Taibus Banner'],
  '152528': ['镶黄旗', 'Xianghuang Banner'],
  '152529': ['正镶白旗', 'Zhengxiangbai Banner'],
  '152530': ['正蓝旗', 'Zhenglan Banner'],
  '152531': ['多伦县', 'Duolun County'],
  '152571': ['乌拉盖管理区管委会', 'Ulgai Administrative Area'],

  '152900': ['阿拉善盟', 'Alxa League'],
  '152921': ['阿拉善左旗', 'Alxa Left Banner'],
  '152922': ['阿拉善右旗', 'Alxa Right Banner'],
  '152923': ['额济纳旗', 'Ejin Banner'],
  '152971': ['内蒙古阿拉善高新技术产业开发区', 'Alxa High-tech Industrial Development Zone'],
}

/** Places without a code of their own: land ports, and the short names the papers use for coded ones. */
export const ENGLISH_BY_NAME: Readonly<Record<string, string>> = {
  满都拉口岸: 'Mandula Port',
  二连浩特口岸: 'Erenhot Port',
  甘其毛都口岸: 'Ganqimaodu Port',
  策克口岸: 'Ceke Port',
  满洲里口岸: 'Manzhouli Port',
  珠恩嘎达布其口岸: 'Zhuengadabuqi Port',
  阿日哈沙特口岸: 'Arihashate Port',
  额布都格口岸: 'Ebuduge Port',
  室韦口岸: 'Shiwei Port',
  黑山头口岸: 'Heishantou Port',
  阿尔山口岸: 'Arxan Port',
  乌力吉口岸: 'Ulji Port',
  呼和浩特白塔国际机场: 'Hohhot Baita International Airport',
  内蒙古: 'Inner Mongolia',
  自治区: 'Inner Mongolia',
  全区: 'Inner Mongolia',
  青城: 'Hohhot',
  首府: 'Hohhot',
  鹿城: 'Baotou',
  达茂: 'Darhan Muminggan United Banner',
  达茂旗: 'Darhan Muminggan United Banner',
  稀土高新区: 'Baotou Rare Earth High-tech Zone',
  包头稀土高新区: 'Baotou Rare Earth High-tech Zone',
  莫旗: 'Morin Dawa Daur Autonomous Banner',
}

/** Suffixes a short name drops (包头 for 包头市): tried when a name is not listed as written. */
const SHORT_SUFFIXES = ['市', '盟', '旗', '县', '区', '省', '自治旗', '自治区']

const BY_CHINESE: ReadonlyMap<string, string> = new Map(Object.values(PLACE_NAMES))

/**
 * The official English name, or null when the table has none: by code first, then by the name as written,
 * then by the name with a dropped suffix restored (锡林郭勒 → 锡林郭勒盟).
 */
export function officialEnglishName(name: string, code?: string): string | null {
  const byCode = code ? PLACE_NAMES[code] : undefined
  if (byCode) return byCode[1]
  if (ENGLISH_BY_NAME[name]) return ENGLISH_BY_NAME[name]
  for (const candidate of [name, ...SHORT_SUFFIXES.map((suffix) => name + suffix)]) {
    const found = BY_CHINESE.get(candidate)
    if (found) return found
  }
  return null
}
