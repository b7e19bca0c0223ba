import { pinyin } from 'pinyin-pro'

/**
 * Names a region goes by, for the search: the official name, its short forms and usual aliases (达茂旗 for
 * 达尔罕茂明安联合旗, 首府 for 呼和浩特市), plus Latin forms (pinyin, English exonyms) for Latin queries.
 * Build-time only (pinyin-pro's dictionary stays out of the browser): the groups travel inside the search index.
 *
 * The official names below are GB/T 2260 reference data (the divisions of Inner Mongolia), not text from a page.
 * When the pipeline's regions stage exposes its own short names and aliases, derive the groups from it instead.
 */
export interface RegionNameGroup {
  code: string
  name: string
  /** Han forms, the official name first. */
  forms: string[]
  /** Lower-case Latin forms: pinyin of the name and of its short form, English names. */
  latin: string[]
}

const INNER_MONGOLIA = [
  '150000:内蒙古自治区 150100:呼和浩特市 150200:包头市 150300:乌海市 150400:赤峰市 150500:通辽市 150600:鄂尔多斯市 150700:呼伦贝尔市 150800:巴彦淖尔市',
  '150900:乌兰察布市 152200:兴安盟 152500:锡林郭勒盟 152900:阿拉善盟 150102:新城区 150103:回民区 150104:玉泉区 150105:赛罕区 150121:土默特左旗',
  '150122:托克托县 150123:和林格尔县 150124:清水河县 150125:武川县 150202:东河区 150203:昆都仑区 150204:青山区 150205:石拐区 150206:白云鄂博矿区',
  '150207:九原区 150221:土默特右旗 150222:固阳县 150223:达尔罕茂明安联合旗 150302:海勃湾区 150303:海南区 150304:乌达区 150402:红山区 150403:元宝山区',
  '150404:松山区 150421:阿鲁科尔沁旗 150422:巴林左旗 150423:巴林右旗 150424:林西县 150425:克什克腾旗 150426:翁牛特旗 150428:喀喇沁旗 150429:宁城县',
  '150430:敖汉旗 150502:科尔沁区 150521:科尔沁左翼中旗 150522:科尔沁左翼后旗 150523:开鲁县 150524:库伦旗 150525:奈曼旗 150526:扎鲁特旗 150581:霍林郭勒市',
  '150602:东胜区 150603:康巴什区 150621:达拉特旗 150622:准格尔旗 150623:鄂托克前旗 150624:鄂托克旗 150625:杭锦旗 150626:乌审旗 150627:伊金霍洛旗',
  '150702:海拉尔区 150703:扎赉诺尔区 150721:阿荣旗 150722:莫力达瓦达斡尔族自治旗 150723:鄂伦春自治旗 150724:鄂温克族自治旗 150725:陈巴尔虎旗 150726:新巴尔虎左旗',
  '150727:新巴尔虎右旗 150781:满洲里市 150782:牙克石市 150783:扎兰屯市 150784:额尔古纳市 150785:根河市 150802:临河区 150821:五原县 150822:磴口县',
  '150823:乌拉特前旗 150824:乌拉特中旗 150825:乌拉特后旗 150826:杭锦后旗 150902:集宁区 150921:卓资县 150922:化德县 150923:商都县 150924:兴和县',
  '150925:凉城县 150926:察哈尔右翼前旗 150927:察哈尔右翼中旗 150928:察哈尔右翼后旗 150929:四子王旗 150981:丰镇市 152201:乌兰浩特市 152202:阿尔山市',
  '152221:科尔沁右翼前旗 152222:科尔沁右翼中旗 152223:扎赉特旗 152224:突泉县 152501:二连浩特市 152502:锡林浩特市 152522:阿巴嘎旗 152523:苏尼特左旗',
  '152524:苏尼特右旗 152525:东乌珠穆沁旗 152526:西乌珠穆沁旗 152527:太仆寺旗 152528:镶黄旗 152529:正镶白旗 152530:正蓝旗 152531:多伦县 152921:阿拉善左旗',
  '152922:阿拉善右旗 152923:额济纳旗',
]
  .join(' ')
  .split(' ')
  .map((entry) => entry.split(':') as [string, string])

/** Aliases in common use that no suffix rule derives. */
const ALIASES: Record<string, string[]> = {
  '150000': ['内蒙古', 'inner mongolia', 'nei mongol'],
  '150100': ['呼市', '首府', '青城', 'hohhot'],
  '150200': ['鹿城', 'baotou'],
  '150300': ['wuhai'],
  '150400': ['chifeng'],
  '150500': ['tongliao'],
  '150600': ['ordos'],
  '150700': ['hulunbuir', 'hulunbeier'],
  '150800': ['bayannur'],
  '150900': ['ulanqab'],
  '152200': ['hinggan'],
  '152500': ['锡盟', 'xilingol'],
  '152900': ['阿盟', 'alxa', 'alashan'],
  '150121': ['土左旗'],
  '150122': ['托县'],
  '150123': ['和林'],
  '150203': ['昆区'],
  '150221': ['土右旗'],
  '150223': ['达茂旗', '达茂'],
  '150421': ['阿旗'],
  '150521': ['科左中旗'],
  '150522': ['科左后旗'],
  '150603': ['康巴什'],
  '150621': ['达旗'],
  '150622': ['准旗'],
  '150627': ['伊旗'],
  '150722': ['莫旗'],
  '150725': ['陈旗'],
  '150726': ['新左旗'],
  '150727': ['新右旗'],
  '150823': ['乌前旗'],
  '150824': ['乌中旗'],
  '150825': ['乌后旗'],
  '150826': ['杭后'],
  '150926': ['察右前旗'],
  '150927': ['察右中旗'],
  '150928': ['察右后旗'],
  '152221': ['科右前旗'],
  '152222': ['科右中旗'],
  '152523': ['苏左旗'],
  '152524': ['苏右旗'],
  '152525': ['东乌旗'],
  '152526': ['西乌旗'],
  '152921': ['阿左旗'],
  '152922': ['阿右旗'],
}

/**
 * Short forms by suffix: 包头市 → 包头, 锡林郭勒盟 → 锡林郭勒, 鄂伦春自治旗 → 鄂伦春旗 and 鄂伦春.
 * Districts (区) keep their suffix: 新城, 青山 or 海南 alone would name something else.
 * Banners named by position (乌拉特前旗, 巴林左旗) keep theirs: 乌拉特前 is no name.
 */
export function shortForms(name: string): string[] {
  const forms: string[] = []
  const autonomous = /^(.{2,}?)(?:族)?自治(旗|县)$/.exec(name)
  if (autonomous) forms.push(autonomous[1] + autonomous[2], autonomous[1])
  else if (/^.{2,}[市盟县]$/.test(name) && !name.endsWith('自治区')) forms.push(name.slice(0, -1))
  else if (/^.{2,}旗$/.test(name) && !/[前中后左右]旗$/.test(name) && !name.endsWith('联合旗')) forms.push(name.slice(0, -1))
  else if (name.endsWith('自治区')) forms.push(name.replace(/(?:维吾尔|壮族|回族)?自治区$/, ''))
  return forms.filter((f) => f.length >= 2 && f !== name)
}

function pinyinOf(han: string): string {
  return pinyin(han, { toneType: 'none', type: 'array' }).join('').toLowerCase()
}

export function regionNameGroup(code: string, name: string): RegionNameGroup {
  const aliases = ALIASES[code] ?? []
  const forms = [name, ...shortForms(name), ...aliases.filter((a) => !/^[a-z ]+$/.test(a))]
  const uniqueForms = [...new Set(forms)]
  const latin = [...new Set([...uniqueForms.map(pinyinOf), ...aliases.filter((a) => /^[a-z ]+$/.test(a))])]
  return { code, name, forms: uniqueForms, latin }
}

/** Name groups for Inner Mongolia's divisions and any other region the dataset names. */
export function regionNameGroups(extra: { code: string; name: string }[] = []): RegionNameGroup[] {
  const byCode = new Map<string, RegionNameGroup>()
  for (const [code, name] of INNER_MONGOLIA) byCode.set(code, regionNameGroup(code, name))
  for (const r of extra) if (!byCode.has(r.code)) byCode.set(r.code, regionNameGroup(r.code, r.name))
  return [...byCode.values()]
}
