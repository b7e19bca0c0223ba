/**
 * What a news site or an e-paper prints around an article that is no title of it: a copied page keeps these lines,
 * and the splitter, seeing a short line without a full stop, took them for headlines (a source line then read
 * `来源: 当前位置:首页 > 新闻动态` or `来源: 缩小 放大`). Each list holds simplified and traditional forms.
 */

/** Whole-line labels of a site's widgets and an e-paper's controls (`往期回顾`, `缩小 放大`, `下一篇 上一篇`). */
export const SITE_LABELS = [
  '往期阅读', '往期回顾', '推荐阅读', '推荐', '推薦', '相关阅读', '相關閱讀', '相关文章', '相關文章', '相关稿件', '相关新闻', '相关推荐', '相關推薦', '相关推薦', '相关链接', '相關鏈接', '相关报道', '相關報道',
  '延伸阅读', '延伸閱讀', '热门标签', '熱門標籤', '热门标籤', '热点视频', '熱點視頻', '热点视頻', '热点舆情', '熱點輿情',
  '热点輿情', '网友热评', '網友熱評', '评论留言', '評論留言', '人气排行', '人氣排行', '传播矩阵', '傳播矩陣', '无相关信息',
  '無相關信息', '展开', '展開', '全文', '正文', '分享', '打印', '关闭', '關閉', '返回', '返回顶部', '首页', '首頁', '设为首页',
  '設為首頁', '收藏', '登录', '登錄', '注册', '电子报阅读机', '上一篇', '下一篇', '上一版', '下一版', '放大', '缩小', '縮小',
  '默认', '默認', '朗读', '朗讀', '推荐中...', '推薦中...', '字号', '字號', '大', '中', '小',
] as const

/**
 * A line of the page's metadata: `发布日期:2019-11-05 08:30 来源:…`, `[责任编辑 王某]`, `(责编:李某)`,
 * `本文来源:某某网`, `转自:某某云`, and a government site's disclosure fields (`索引号:…`, `成文日期:…`).
 */
export const METADATA_LINE =
  /^[[【(（]?\s*(?:发布时间|發布時間|发布日期|發布日期|更新时间|时间|日期|来源|來源|稿源|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|浏览|瀏覽|浏览次数|点击|點擊|阅读|閱讀|字号|字號|字体|字體|发布机构|發布機構|发布人|發布人|发布者|信息来源|文章来源|本文来源|转自|轉自|转载自|索引号|索引號|成文日期|发文机关|發文機關|发文字号|發文字號|主题分类|主題分類|公开方式|公開方式)\s*[:：\s]/

/** A site's location bar: `您的位置:首页 > 要闻`, `首页>旗县新闻 >`, `所在位置:首页 -> 通知公告`. */
export const LOCATION_BAR = /当前(?:的)?位置|您的位置|所在位置|首[页頁]\s*(?:>|->|>>|»|›|\/)/

/**
 * A date or a posting time alone, or followed by the posting's metadata: `(2019年9月3日)`, `2020年6月15日`, a date
 * cut short (`(2024年4月19)`, `2023年5月`),
 * `2011-05-09来源:某某网 作者:某某`, `某某融媒2021-04-12 11:05:47`, `03.07.2015 09:20`.
 */
export const POSTING_TIME =
  /^[(（]?(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月(?:\d{1,2}日?)?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[)）]?\s*(?:$|来源|來源|作者|浏览|瀏覽|编辑|編輯|记者|記者|点击|點擊|字号)|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\s+\d{1,2}:\d{2}/

/**
 * A title given as a labelled field, as e-paper and repost pages print it, sometimes as a table row:
 * `| 标题: 某旗经济稳中有进 |`, `原标题：某盟口岸货运量创新高`. The headline is what follows the label.
 */
export const TITLE_FIELD = /^\|?\s*(?:原标题|原標題|标题|標題|题目|題目)\s*[:：]\s*(.+?)\s*\|?\s*$/

/**
 * A note in brackets where a page had a picture or a video (`(资料图)`, `(相关资料图)`, `(組圖)`): no author's mark
 * closing an article, and no text of it.
 */
export const PICTURE_NOTE = /^[(（](?:相关|相關)?(?:资料|資料)?(?:图片|圖片|图|圖|组图|組圖|视频|視頻)(?:来源[^()（）]{0,20}|來源[^()（）]{0,20})?[)）]$/
