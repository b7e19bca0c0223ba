/**
 * Traditional characters that conversion to simplified leaves behind in copies of pages (同比增長, 發送量, 億元),
 * mapped one to one to their simplified forms: the words of figures, units, change, trade and places. Not a full
 * converter: only characters whose simplified form is unambiguous in news of figures.
 */
const PAIRS = [
  '長长', '發发', '億亿', '萬万', '噸吨', '貨货', '運运', '進进', '產产', '業业', '總总', '額额', '資资', '區区', '價价',
  '經经', '濟济', '場场', '電电', '鐵铁', '應应', '實实', '現现', '與与', '為为', '計计', '劃划', '較较', '幣币', '標标',
  '準准', '頭头', '車车', '輛辆', '線线', '輸输', '級级', '組组', '織织', '團团', '設设', '備备', '費费', '補补', '獎奖',
  '項项', '點点', '減减', '據据', '屬属', '環环', '邊边', '貿贸', '關关', '稅税', '漲涨', '規规', '數数', '兩两', '個个',
  '門门', '務务', '糧粮', '種种', '農农', '機机', '銷销', '際际', '營营', '達达', '過过', '這这', '時时', '對对', '會会',
  '錢钱', '銀银', '礦矿', '煉炼', '鋼钢', '氣气', '熱热', '傳传', '參参', '權权', '證证', '鄉乡', '鎮镇', '縣县', '東东',
  '廣广', '濱滨', '蘭兰', '遼辽', '寧宁', '爾尔', '齊齐', '倫伦', '聯联', '滿满', '陽阳', '豐丰', '壩坝', '歸归',
  // Places and datelines (內蒙古, 全國, 中新網, 巴彥淖爾, 烏海, 呼倫貝爾, 興安, 錫林郭勒) and the words of
  // statistical releases (貢獻率, 分別, 高於, 製造業, 裝備, 高技術, 門類, 結構, 統計, 從…看, 輕工業, 紡織, 採選,
  // 壓延, 飲料, 醫藥).
  '內内', '國国', '彥彦', '烏乌', '貝贝', '興兴', '錫锡', '貢贡', '獻献', '別别', '於于', '製制', '裝装', '術术', '類类',
  '構构', '結结', '統统', '從从', '輕轻', '紡纺', '採采', '選选', '壓压', '飲饮', '醫医', '藥药', '網网', '綜综',
  // Variant forms a Big5 gateway or a Japanese-font copy leaves (生産総値, 増長, 経済): one simplified form each.
  '産产', '値值', '増增', '総总', '経经', '済济', '価价', '発发', '実实', '単单', '鉄铁', '対对', '関关',
].filter((p) => p[0] !== p[1])

/**
 * Whole pages in traditional script (mirrors and overseas reposts of a paper): places (內蒙古, 興安盟, 烏海, 錫林郭勒),
 * plans (預計, 力爭, 將, 確保), money (專項債券, 撥付, 財政, 轉移支付, 銜接資金), shares (佔) and the words around them. 畫 stands
 * in 計畫 and 規畫, the Taiwan forms of 计划 and 规划; elsewhere in news of figures it is rare.
 */
const WHOLE_PAGE_PAIRS = [
  '魯鲁', '爭争', '預预', '佔占', '專专', '債债', '撥拨', '轉转', '財财', '銜衔', '當当', '將将', '確确', '開开', '復复', '續续',
  '來来', '後后', '並并', '約约', '餘余', '蘇苏', '連连', '納纳', '錦锦', '審审', '涼凉', '漢汉', '騰腾', '紅红', '寶宝', '藍蓝',
  '鑲镶', '黃黄', '陳陈', '溫温', '紮扎', '賚赉', '賽赛', '託托', '侖仑', '雲云', '臨临', '灣湾', '庫库', '漁渔', '間间', '礎础',
  // 確認, 謀劃, 方針: words of plans.
  '認认', '謀谋', '針针',
  '勵励', '顯显', '歷历', '創创', '擴扩', '築筑', '廠厂', '積积', '極极', '強强', '優优', '勢势', '員员', '領领', '導导', '記记',
  '報报', '稱称', '處处', '貸贷', '儲储', '險险', '載载', '戰战', '態态', '動动', '還还', '體体', '問问', '題题', '們们', '負负',
  '責责', '書书', '聞闻', '條条', '見见', '視视', '養养', '帶带', '號号', '裡里', '畫划', '臺台', '範范', '幾几', '鄰邻', '遠远',
  '樓楼', '療疗', '衛卫', '護护', '舊旧', '園园', '綠绿', '節节', '歲岁', '鹽盐', '鋁铝', '鎳镍', '銅铜', '風风', '飼饲', '穀谷',
  '麥麦', '簽签', '協协', '議议', '戶户', '脫脱', '貧贫', '堅坚', '擔担', '災灾', '舉举', '辦办', '綫线', '廳厅', '質质', '屆届',
  '紀纪', '監监', '測测', '調调', '驗验', '學学', '纖纤', '維维', '遞递', '裏里', '綏绥',
]

export const SIMPLIFIED: ReadonlyMap<string, string> = new Map([...PAIRS, ...WHOLE_PAGE_PAIRS].map((p) => [p[0], p[1]] as const))

/** Any of the traditional characters above, for a quick test before mapping. */
export const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'g')
