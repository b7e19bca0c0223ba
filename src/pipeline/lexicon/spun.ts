/**
 * Words a copying site swaps for synonyms to disguise a repost (投资 → 出资, 目标 → 方针), undone where the context
 * says which figure word they stand for: each replacement is as long as what it replaces, so offsets stay and quotes
 * stay verbatim. Only contexts where the spun word is no word of its own: 出资 by itself (a shareholder's 出资) stays.
 */
export const SPUN_WORDS: readonly [RegExp, string][] = [
  // 年度计划出资12亿元, 总出资80亿元, 固定资产出资增加9%: the investment of a plan, a project or the fixed assets.
  [/(年度计划|计划|总|固定资产)出资/g, '$1投资'],
  // 投资方针为50亿元, 的方针使命: a target (and its task).
  [/投资方针/g, '投资目标'],
  [/方针使命/g, '目标任务'],
  // 谋划施行要点项目120个: 实施 and 重点 of a plan's class of projects.
  [/(谋划|计划|组织)施行/g, '$1实施'],
  [/要点(项目|工程)/g, '重点$1'],
]

/** The characters the spun words begin with, so a page without any is not rewritten. */
export const SPUN_CUE = /出资|方针|施行|要点/
