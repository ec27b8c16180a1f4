// The Monte Carlo side by side (issue 17), in one process and one run, so
// that a busy machine slows all three alike and the ratios hold:
//   sizeup      loadSpec + estimate on examples/feed-forecast.yaml;
//   loops       the same model evaluated by this file: every uncertain metric
//               one fused loop over Float64Arrays (generated from the formula
//               texts the estimate prints), a xorshift generator and
//               Box–Muller, bands by histogram select — what the machine can
//               do with no bookkeeping at all;
//   Squiggle    @quri/squiggle-lang on the same model: the same six ranges
//               (`a to b` is Squiggle's lognormal with that 90 % interval),
//               every uncertain metric a binding, and the mean, p5, p50 and
//               p95 of each returned.
// Each side runs `rounds` times, alternating; the medians are compared.

const RANGES = {
  'input.users.mau': [150e6, 600e6],
  'input.users.dau.share': [0.4, 0.625],
  'input.workloads.posts.writes.perUserPerDay': [1, 4],
  'input.workloads.posts.reads.perUserPerDay': [5, 20],
  'input.workloads.posts.media.writeShare': [0.05, 0.2],
  'input.workloads.posts.media.size': [500e3, 2e6],
}
const Z90 = 1.6448536269514722

/** The uncertain metrics of the model, in derivation order, with their formulas as arithmetic on other nodes. */
function modelOf(estimate) {
  const uncertain = new Set(Object.keys(estimate.uncertainty.bands))
  const inputs = Object.keys(RANGES)
  for (const id of inputs) if (!uncertain.has(id)) throw new Error(`the feed forecast no longer has a range at ${id}`)
  const nodes = []
  const metrics = estimate.metrics.toRecord()
  for (const node of Object.values(metrics)) {
    if (!uncertain.has(node.id) || inputs.includes(node.id)) continue
    nodes.push({id: node.id, expr: arithmetic(node, metrics)})
  }
  if (nodes.length + inputs.length !== uncertain.size) throw new Error('the feed forecast has uncertain values this benchmark does not model')
  return {inputs, nodes, uncertain}
}

/**
 * A node's formula as a token list: numbers, operators, parentheses, min and
 * references to other nodes ({ref: id}). The yearly storage sums (Σ over the
 * years held) read no uncertain value but perDay, so they are perDay times
 * the constant the estimate's point values give.
 */
function arithmetic(node, metrics) {
  const text = node.formula
  if (text.includes('Σ')) {
    const perDay = node.inputs.perDay
    return [{ref: perDay}, '*', String(node.value / metrics[perDay].value)]
  }
  const out = []
  const units = {s: 1, min: 60, h: 3600}
  const re = /\s*(?:(\d+(?:\.\d+)?)\s*(%|s\b|min\b|h\b)?|([A-Za-z_]\w*)|([-+*/×÷−(),]))/y
  while (re.lastIndex < text.length) {
    const m = re.exec(text)
    if (m === null) throw new Error(`cannot read ${node.id}: ${text}`)
    if (m[1] !== undefined) out.push(String(m[2] === '%' ? Number(m[1]) / 100 : Number(m[1]) * (units[m[2]] ?? 1)))
    else if (m[3] === 'min') out.push('min')
    else if (m[3] !== undefined) {
      const id = node.inputs[m[3]]
      if (id === undefined) throw new Error(`${node.id}: ${m[3]} is not an input`)
      out.push({ref: id})
    } else out.push({'×': '*', '÷': '/', '−': '-'}[m[4]] ?? m[4])
  }
  return out
}

// ---- loops: this file's own evaluation --------------------------------------

/** mulberry32: a small seeded generator on [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Lognormal samples with the 90 % interval [low, high], Box–Muller over mulberry32. */
function lognormal(n, low, high, seed) {
  const mu = (Math.log(low) + Math.log(high)) / 2
  const sigma = (Math.log(high) - Math.log(low)) / (2 * Z90)
  const r = mulberry32(seed)
  const out = new Float64Array(n)
  for (let i = 0; i < n; i += 2) {
    const a = Math.sqrt(-2 * Math.log(1 - r()))
    const t = 2 * Math.PI * r()
    out[i] = Math.exp(mu + sigma * a * Math.cos(t))
    if (i + 1 < n) out[i + 1] = Math.exp(mu + sigma * a * Math.sin(t))
  }
  return out
}

/**
 * The model compiled to one fused loop per metric, each its own small
 * function (one large function of a hundred loops is not optimised);
 * returns a function of the sample count that gives every band.
 */
function compileLoops(model, metrics) {
  const kernels = model.nodes.map((node) => {
    const reads = [...new Set(node.expr.filter((t) => typeof t !== 'string' && model.uncertain.has(t.ref)).map((t) => t.ref))]
    const expr = node.expr.map((t) => (typeof t === 'string' ? (t === 'min' ? 'Math.min' : t) : model.uncertain.has(t.ref) ? `c${reads.indexOf(t.ref)}[i]` : `(${metrics[t.ref].value})`)).join(' ')
    const loop = new Function('n', 'out', ...reads.map((_, k) => `c${k}`), `for (let i = 0; i < n; i++) out[i] = ${expr}`)
    return {id: node.id, reads, loop}
  })
  return (n) => {
    const arrays = new Map()
    model.inputs.forEach((id, k) => arrays.set(id, lognormal(n, RANGES[id][0], RANGES[id][1], 0x5eed + 7919 * k)))
    for (const {id, reads, loop} of kernels) {
      const out = new Float64Array(n)
      loop(n, out, ...reads.map((r) => arrays.get(r)))
      arrays.set(id, out)
    }
    const bands = {}
    for (const [id, a] of arrays) bands[id] = bandOf(a)
    return bands
  }
}

/** Mean and p5, p50, p95 (interpolated), by histogram select. */
function bandOf(a) {
  const n = a.length
  let sum = 0
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < n; i++) {
    const x = a[i]
    sum += x
    if (x < min) min = x
    if (x > max) max = x
  }
  const q = [0.05, 0.5, 0.95].map((p) => (n - 1) * p)
  const ranks = q.flatMap((pos) => [Math.floor(pos), Math.min(n - 1, Math.floor(pos) + 1)])
  const at = ranksOf(a, ranks, min, max)
  const interp = (k) => at[2 * k] + (at[2 * k + 1] - at[2 * k]) * (q[k] - Math.floor(q[k]))
  return {mean: sum / n, p5: interp(0), p50: interp(1), p95: interp(2)}
}

function ranksOf(a, ranks, min, max) {
  if (a.length < 512 || !(max > min)) {
    const sorted = Float64Array.from(a).sort()
    return ranks.map((r) => sorted[r])
  }
  const bins = 4096
  const scale = bins / (max - min)
  const counts = new Int32Array(bins + 1)
  for (let i = 0; i < a.length; i++) counts[((a[i] - min) * scale) | 0]++
  // The bin of each rank and the values below it; one pass copies those bins out, sorted after.
  const where = ranks.map((r) => {
    let before = 0
    let b = 0
    while (before + counts[b] <= r) before += counts[b++]
    return {b, at: r - before}
  })
  const wanted = new Int32Array(bins + 1).fill(-1)
  const held = []
  for (const {b} of where) if (wanted[b] < 0) wanted[b] = held.push([]) - 1
  for (let i = 0; i < a.length; i++) {
    const w = wanted[((a[i] - min) * scale) | 0]
    if (w >= 0) held[w].push(a[i])
  }
  const sorted = held.map((h) => Float64Array.from(h).sort())
  return where.map(({b, at}) => sorted[wanted[b]][at])
}

// ---- Squiggle ---------------------------------------------------------------

function squiggleProgram(model, metrics) {
  const name = (id) => `m_${id.replace(/[^A-Za-z0-9]/g, '_')}`
  const lines = model.inputs.map((id) => `${name(id)} = ${RANGES[id][0]} to ${RANGES[id][1]}`)
  for (const node of model.nodes) {
    const refs = node.expr.filter((t) => typeof t !== 'string' && model.uncertain.has(t.ref))
    const term = (t) => (typeof t === 'string' ? t : model.uncertain.has(t.ref) ? name(t.ref) : `(${metrics[t.ref].value})`)
    let expr = node.expr.map(term).join(' ')
    if (node.expr.includes('min')) {
      // A pointwise min of sample sets: map2 over the two arguments, which the texts write as min(x, y).
      const inner = node.expr.slice(node.expr.indexOf('min') + 2, -1)
      const comma = inner.indexOf(',')
      const [x, y] = [inner.slice(0, comma), inner.slice(comma + 1)]
      if (refs.length === 0 || node.expr.at(-1) !== ')') throw new Error(`${node.id}: unexpected min`)
      expr = `SampleSet.map2(SampleSet.fromDist(${x.map(term).join(' ')}), SampleSet.fromDist(${y.map(term).join(' ')}), {|a, b| min(a, b)})`
    }
    lines.push(`${name(node.id)} = ${expr}`)
  }
  const ids = [...model.inputs, ...model.nodes.map((n) => n.id)]
  lines.push(`{${ids.map((id) => `${name(id)}: {mean: mean(${name(id)}), p5: quantile(${name(id)}, 0.05), p50: quantile(${name(id)}, 0.5), p95: quantile(${name(id)}, 0.95)}`).join(', ')}}`)
  return {code: lines.join('\n'), outputs: ids.length}
}

// ---- the run ----------------------------------------------------------------

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]

export async function monteCarloSideBySide(lib, text, {samples = 100_000, rounds = 3, squiggle = true} = {}) {
  const load = () => lib.loadSpec(text, 'feed-forecast', {sampling: {samples, seed: 1}})
  const reference = lib.estimate((await load()).model)
  const metrics = reference.metrics.toRecord()
  const model = modelOf(reference)
  const loops = compileLoops(model, metrics)
  const {run} = squiggle ? await import('@quri/squiggle-lang') : {run: null}
  const program = squiggleProgram(model, metrics)
  const times = {sizeup: [], loops: [], squiggle: []}
  let sizeupBands
  let loopBands
  let squiggleOk = null
  for (let r = 0; r < rounds; r++) {
    let t = performance.now()
    sizeupBands = lib.estimate((await load()).model).uncertainty.bands
    times.sizeup.push(performance.now() - t)
    t = performance.now()
    loopBands = loops(samples)
    times.loops.push(performance.now() - t)
    if (run) {
      t = performance.now()
      const out = await run(program.code, {environment: {sampleCount: samples, xyPointLength: 1000, seed: 'bench', profile: false}})
      times.squiggle.push(performance.now() - t)
      squiggleOk = out.getEndResult().ok
    }
  }
  // The three agree within sampling noise: the largest relative gap of a p50 between sizeup and the loops.
  let gap = 0
  for (const [id, b] of Object.entries(loopBands)) if (sizeupBands[id].p50 !== 0) gap = Math.max(gap, Math.abs(b.p50 / sizeupBands[id].p50 - 1))
  const ms = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.length ? Number(median(v).toFixed(1)) : null]))
  return {
    samples,
    outputs: program.outputs,
    medianMs: ms,
    sizeupOverLoops: Number((ms.sizeup / ms.loops).toFixed(2)),
    squiggleOverSizeup: ms.squiggle === null ? null : Number((ms.squiggle / ms.sizeup).toFixed(2)),
    squiggleRan: squiggleOk,
    largestP50Gap: Number(gap.toFixed(4)),
  }
}
