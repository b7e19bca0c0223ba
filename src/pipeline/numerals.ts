/**
 * Reading numbers as Chinese newspapers write them: Arabic digits with thousands separators and
 * 万/亿 multipliers (`1,234.5`, `1.2万`), Chinese numerals (`二十八`, `一百零五`, `两千三百万`, `三点五`, `百亿`),
 * and the fraction forms (`四分之一`, `百分之六十三`, `三成`).
 *
 * Values are kept exact where the text is exact: a number is read as an integer mantissa and a power of ten,
 * and only turned into a float at the end, so `1234.5亿` is 123450000000 and never a float a hair off it.
 */
import { CN_DIGIT } from './lexicon/numerals.ts'

/** An exactly written number: `mantissa × 10^exp` (`1234.5亿` is 12345 × 10^7). */
export interface Decimal {
  mantissa: number
  exp: number
}

/** `mantissa × 10^exp` as the nearest float: an exact product or one correctly rounded division. */
export function decimalValue(mantissa: number, exp: number): number {
  if (exp >= 0) return mantissa * 10 ** exp
  return mantissa / 10 ** -exp
}

const DIGIT = CN_DIGIT
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 }
const BIG_EXP: Record<string, number> = { 万: 4, 亿: 8 }

/**
 * The integer written by Chinese numerals in `s` (no decimal point), or null when it is not a well-formed
 * numeral. Accepts the standard form (`一百零五`, `十万零五`), a leading 十 (`十四`), bare multipliers
 * (`百亿`, `万`), stacked big units (`三万亿`), the colloquial short tail (`三万五` = 35000, `一千二` = 1200)
 * and digit-by-digit writing of three or more digits (`二〇二四`). Rejects runs of digits that are not a
 * number (`十四五`, `七八`).
 */
function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null
  let positional = true
  for (let i = 0; i < s.length; i++) {
    if (DIGIT[s[i]] === undefined) {
      positional = false
      break
    }
  }
  if (positional) {
    if (s.length === 1) return DIGIT[s]
    // Two bare digits are an estimate (七八 = seven or eight), never seventy-eight.
    if (s.length === 2 && !/[零〇]/.test(s)) return null
    let v = 0
    for (let i = 0; i < s.length; i++) v = v * 10 + DIGIT[s[i]]
    return v
  }

  let total = 0
  let section = 0
  let digit = -1
  let lastSmall = 0
  let prevDigit = false
  let prevZero = false
  let lastUnit = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    const d = DIGIT[c]
    if (d !== undefined) {
      if (d === 0) {
        if (digit > 0) return null
        prevZero = true
        prevDigit = false
        continue
      }
      if (prevDigit) return null
      digit = d
      prevDigit = true
      continue
    }
    const small = SMALL_UNIT[c]
    if (small !== undefined) {
      if (lastSmall !== 0 && small >= lastSmall) return null
      section += (digit === -1 ? 1 : digit) * small
      lastSmall = small
      lastUnit = small
      digit = -1
      prevDigit = false
      prevZero = false
      continue
    }
    const big = BIG_UNIT[c]
    if (big === undefined) return null
    let cur = section + (digit > 0 ? digit : 0)
    if (cur === 0 && total === 0) cur = 1
    if (cur === 0 && total >= big) return null
    // 万亿: a big unit larger than everything read so far scales all of it.
    if (total < big) total = (total + cur) * big
    else total += cur * big
    section = 0
    digit = -1
    lastSmall = 0
    lastUnit = big
    prevDigit = false
    prevZero = false
  }
  let tail = digit > 0 ? digit : 0
  // 三万五, 一千二: a last digit right after 百/千/万/亿 (no 零 between) counts in the next unit down.
  if (prevDigit && !prevZero && lastUnit >= 100 && s.length >= 2 && DIGIT[s[s.length - 2]] === undefined) {
    tail = digit * (lastUnit / 10)
  }
  return total + section + tail
}

/**
 * A Chinese numeral with an optional decimal part and trailing big units (`三点五亿`, `零点五`, `两千三百万`)
 * as an exact decimal, or null.
 */
export function parseChineseDecimal(s: string): Decimal | null {
  const dot = s.indexOf('点')
  if (dot < 0) {
    const v = parseChineseInteger(s)
    return v === null ? null : { mantissa: v, exp: 0 }
  }
  const intPart = parseChineseInteger(s.slice(0, dot))
  if (intPart === null) return null
  let i = dot + 1
  let frac = 0
  let fracDigits = 0
  while (i < s.length && DIGIT[s[i]] !== undefined) {
    frac = frac * 10 + DIGIT[s[i]]
    fracDigits++
    i++
  }
  if (fracDigits === 0) return null
  let exp = 0
  for (; i < s.length; i++) {
    const e = BIG_EXP[s[i]]
    if (e === undefined) return null
    exp += e
  }
  return { mantissa: intPart * 10 ** fracDigits + frac, exp: exp - fracDigits }
}

const MULTIPLIER_EXP: Record<string, number> = { 千: 3, 百: 2, 万: 4, 亿: 8, 万亿: 12 }

/** Power of ten of a multiplier as written after a number: 万 4, 亿 8, 万亿 12, 千万 7, 百亿 10; '' is 0. */
export function multiplierExp(m: string): number {
  let e = 0
  let i = 0
  while (i < m.length) {
    if (m.startsWith('万亿', i)) {
      e += 12
      i += 2
      continue
    }
    const x = MULTIPLIER_EXP[m[i]]
    if (x === undefined) return NaN
    e += x
    i++
  }
  return e
}

/** Arabic digits with optional separators and decimals (`1,234.56`) as an exact decimal. */
export function arabicDecimal(digits: string): Decimal {
  let mantissa = 0
  let fracDigits = 0
  let seenDot = false
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i)
    if (c === 46) seenDot = true
    else if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48)
      if (seenDot) fracDigits++
    }
  }
  return { mantissa, exp: -fracDigits }
}
