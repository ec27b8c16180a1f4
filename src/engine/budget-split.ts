import {type BudgetSplitId, type CompositeId, componentId, inputId, type MetricId} from './ids.js'
import {firstLargest, type Ledger} from './ledger.js'
import type {ComponentNode} from '../spec/model.js'

/** A link of the series path: a component or a parallel group (reduced to its composite), with its position in the tree. */
export interface PathLink {
  readonly node: ComponentNode
  /** The position in the component tree (`2`, `4.1`), the one `availability.composite.<position>` has. */
  readonly position: string
  readonly composite: CompositeId
}

const ROOT: CompositeId = 'availability.composite'
const SLO = inputId('slo.availability')
const WINDOW = inputId('slo.window')

export function splitId(position: string, part: 'unavailabilityShare' | 'budgetShare' | 'downtime'): BudgetSplitId {
  return `availability.split.${position}.${part}`
}
/** The composite availability of the link at a position (`0`: the root). */
export function compositeAt(position: string): CompositeId {
  // Positions are made by pathLinks from the tree, digits and dots only: the shape CompositeId's last member stands for.
  return (position === '0' ? ROOT : `${ROOT}.${position}`) as CompositeId
}
export const WEAK_LINK: BudgetSplitId = 'availability.split.weakLink'

/**
 * The links of the request path in series: the root's members, with nested
 * series opened (a series inside a series is the same chain) and each parallel
 * group kept whole, since its members share its unavailability. A root that is
 * one component or one parallel group is a path of one link.
 */
export function pathLinks(root: ComponentNode): PathLink[] {
  const links: PathLink[] = []
  const visit = (node: ComponentNode, position: string, id: CompositeId): void => {
    if (node.kind !== 'series') {
      links.push({node, position, composite: id})
      return
    }
    node.children.forEach((child, i) => visit(child, position === '' ? `${i + 1}` : `${position}.${i + 1}`, componentId(id, i + 1)))
  }
  visit(root, '', ROOT)
  // A root that is a single link has no position of its own: it is the whole path.
  return links.map((l) => (l.position === '' ? {...l, position: '0'} : l))
}

/**
 * The error budget split along the request path. Unavailabilities add along a
 * series path (to first order: 1 − Π aᵢ ≈ Σ (1 − aᵢ) when every aᵢ is close to
 * 1), so each link's share of the path's unavailability is
 * (1 − aᵢ) ÷ Σⱼ (1 − aⱼ), and the shares sum to 100 %. The weak link is the
 * largest share. With an availability SLO: the share of the SLO's error budget
 * the link spends alone, (1 − aᵢ) ÷ (1 − SLO) (over 100 %: it breaks the SLO
 * by itself), and the downtime the link may have per SLO window when the
 * budget is split in proportion to the shares: shareᵢ × (1 − SLO) × window.
 * Derived after the composite and the burn rates (which state the window).
 */
export function addBudgetSplit(ledger: Ledger, root: ComponentNode): void {
  const links = pathLinks(root)
  const symbols: Record<string, MetricId> = {}
  links.forEach((l, i) => {
    symbols[`a${i + 1}`] = l.composite
  })
  const names = Object.keys(symbols)
  const sumText = names.map((s) => `(1 − ${s})`).join(' + ')
  // A 100 % SLO has no budget to split.
  const hasSlo = ledger.has(SLO) && ledger.has(WINDOW) && ledger.branch([SLO], ([slo]) => slo! < 1)
  const shares: Record<string, MetricId> = {}
  links.forEach((l, i) => {
    const own = `a${i + 1}`
    const share = ledger.derive(
      splitId(l.position, 'unavailabilityShare'),
      `${l.node.name}: share of the path's unavailability`,
      'ratio',
      `(1 − ${own}) ÷ (${sumText})`,
      symbols,
      (v) => {
        const total = names.reduce((acc, s) => acc + (1 - (v[s] ?? 1)), 0)
        // A path that is never down has nothing to share.
        return total > 0 ? (1 - (v[own] ?? 1)) / total : 0
      },
    )
    shares[`s${i + 1}`] = share
    if (!hasSlo) return
    ledger.derive(
      splitId(l.position, 'budgetShare'),
      `${l.node.name}: share of the SLO's error budget it spends alone`,
      'ratio',
      '(1 − a) ÷ (1 − availability)',
      {a: l.composite, availability: SLO},
      (v) => (1 - v.a) / (1 - v.availability),
    )
    ledger.derive(
      splitId(l.position, 'downtime'),
      `${l.node.name}: allowed downtime per SLO window (its share of the budget)`,
      's',
      'share × (1 − availability) × window',
      {share, availability: SLO, window: WINDOW},
      (v) => v.share * (1 - v.availability) * v.window,
    )
  })
  const weakest = weakLink(ledger, links)
  ledger.derive(
    WEAK_LINK,
    `Weak link (${weakest.node.name}): the largest share of the path's unavailability`,
    'ratio',
    `max(${Object.keys(shares).join(', ')})`,
    shares,
    (v) => Math.max(...Object.values(v)),
  )
}

/** The link with the largest share at the point values (the first of equals, in path order). */
function weakLink(ledger: Ledger, links: readonly PathLink[]): PathLink {
  return links[ledger.branch(links.map((l) => splitId(l.position, 'unavailabilityShare')), firstLargest)]!
}
