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
  '廣广', '濱滨', '蘭兰', '遼辽', '寧宁', '爾尔', '齊齐', '倫伦', '聯联', '滿满', '陽阳', '豐丰', '壩坝', '億亿', '歸归',
  // Places and datelines (內蒙古, 全國, 中新網, 巴彥淖爾, 烏海, 呼倫貝爾, 興安, 錫林郭勒) and the words of
  // statistical releases (貢獻率, 分別, 高於, 製造業, 裝備, 高技術, 門類, 結構, 統計, 從…看, 輕工業, 紡織, 採選,
  // 壓延, 飲料, 醫藥).
  '內内', '國国', '彥彦', '烏乌', '貝贝', '興兴', '錫锡', '貢贡', '獻献', '別别', '於于', '製制', '裝装', '術术', '類类',
  '構构', '結结', '統统', '從从', '輕轻', '紡纺', '採采', '選选', '壓压', '飲饮', '醫医', '藥药', '網网', '綜综',
].filter((p) => p[0] !== p[1])

export const SIMPLIFIED: ReadonlyMap<string, string> = new Map(PAIRS.map((p) => [p[0], p[1]] as const))

/** Any of the traditional characters above, for a quick test before mapping. */
export const TRADITIONAL = new RegExp(`[${PAIRS.map((p) => p[0]).join('')}]`, 'g')
