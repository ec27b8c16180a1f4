/**
 * The live HTML page's script (bundled at build into dist/vendor/sizeup-live.js,
 * inlined by `report --format html`): a panel of the spec's inputs; an edit
 * recomputes the whole Report with the bundled engine and redraws the
 * document with the same renderers, or shows the CLI's located problems; the
 * edits live in the URL fragment; reset and download the edited YAML.
 * User text reaches the DOM as text only (textContent, input values); the
 * document itself is sizeup's HTML, escaped by its renderer as on the CLI.
 * Type-checked with the DOM's types by tsconfig.page.json.
 */
import {parseDocument} from 'yaml'
import {LIVE_DATA_ID, type LiveData} from '../render/html-live.js'
import {decodeFragment, encodeFragment} from './fragment.js'
import {applyEdits, type EditableInput, editableInputs} from './inputs.js'
import {recompute, specInput} from './recompute.js'

declare global {
  interface Window {
    sizeupDraw?: () => Promise<void>
  }
}

const root = document.documentElement
const data = JSON.parse(document.getElementById(LIVE_DATA_ID)?.textContent ?? 'null') as LiveData
const spec = specInput(data)
const inputs = editableInputs(parseDocument(spec.text), data.defaults)
const edits = decodeFragment(location.hash, inputs)
const fields = new Map<string, HTMLInputElement>()
let generation = 0

/** The edited spec: the file's text with the edits applied through its YAML document. */
const editedText = (): string => applyEdits(spec.text, inputs, edits)

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props)
  e.append(...children)
  return e
}

const status = element('span', {className: 'live-status'})
status.setAttribute('role', 'status')
const problems = element('pre', {className: 'sizeup-error', hidden: true})
problems.dataset.problems = ''
problems.setAttribute('role', 'alert')

function field(input: EditableInput): HTMLInputElement {
  const box = element('input', {type: 'text', value: edits.get(input.key) ?? input.value, placeholder: input.placeholder, id: `input-${fields.size}`, spellcheck: false})
  box.dataset.input = input.key
  box.classList.toggle('edited', edits.has(input.key))
  let timer: ReturnType<typeof setTimeout> | undefined
  const commit = (): void => {
    clearTimeout(timer)
    const same = box.value === input.value
    if (same) edits.delete(input.key)
    else edits.set(input.key, box.value)
    box.classList.toggle('edited', !same)
    void update()
  }
  box.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(commit, 400)
  })
  box.addEventListener('change', commit)
  fields.set(input.key, box)
  return box
}

function panel(): HTMLElement {
  const grid = element('div', {className: 'live-inputs'})
  let group = ''
  for (const input of inputs) {
    // A section of several values under a heading; a top-level value (`name`) is its own.
    if (input.group !== group && input.group !== input.key) grid.append(element('h3', {textContent: input.group}))
    group = input.group
    const box = field(input)
    grid.append(element('label', {htmlFor: box.id, textContent: input.key}), box)
  }
  const reset = element('button', {type: 'button', textContent: 'Reset to the file'})
  reset.dataset.action = 'reset'
  reset.addEventListener('click', () => {
    edits.clear()
    for (const input of inputs) {
      const box = fields.get(input.key)!
      box.value = input.value
      box.classList.remove('edited')
    }
    void update()
  })
  const download = element('button', {type: 'button', textContent: 'Download YAML'})
  download.dataset.action = 'download'
  download.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([editedText()], {type: 'application/yaml'}))
    const link = element('a', {href: url, download: spec.file.replace(/^.*[\\/]/, '').replace(/^<stdin>$/, 'spec.yaml') || 'spec.yaml'})
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  })
  const summary = element('summary', {textContent: `Edit the inputs (${inputs.length}): every number below is recomputed in this page`})
  // Open when the link holds edits, so that what differs from the file shows.
  const details = element('details', {open: edits.size > 0}, summary, element('div', {className: 'live-actions'}, reset, download, status), problems, grid)
  const aside = element('aside', {className: 'live'}, details)
  aside.setAttribute('aria-label', 'Inputs')
  return aside
}

/** Recompute from the current edits; only the latest of overlapping runs is shown. */
async function update(): Promise<void> {
  const run = ++generation
  const fragment = encodeFragment(inputs, edits)
  history.replaceState(null, '', fragment === '' ? location.pathname + location.search : fragment)
  root.dataset.live = 'working'
  status.textContent = 'recomputing…'
  const result = await recompute(data, editedText())
  if (run !== generation) return
  if (!result.ok) {
    problems.textContent = result.problems
    problems.hidden = false
    status.textContent = 'the edited spec has problems: the figures below are the last valid ones'
    root.dataset.live = 'invalid'
    return
  }
  problems.textContent = ''
  problems.hidden = true
  const parsed = new DOMParser().parseFromString(`<!doctype html><title>${result.title}</title><body>${result.body}`, 'text/html')
  document.title = parsed.title
  document.querySelector('main')!.replaceChildren(...parsed.body.childNodes)
  await window.sizeupDraw?.()
  if (run !== generation) return
  status.textContent = edits.size === 0 ? 'the file’s values' : `${edits.size} edited`
  root.dataset.liveRuns = String(Number(root.dataset.liveRuns ?? 0) + 1)
  root.dataset.live = 'ready'
}

document.querySelector('main')!.before(panel())
window.addEventListener('hashchange', () => {
  const next = decodeFragment(location.hash, inputs)
  edits.clear()
  for (const input of inputs) {
    const value = next.get(input.key)
    if (value !== undefined) edits.set(input.key, value)
    const box = fields.get(input.key)!
    box.value = value ?? input.value
    box.classList.toggle('edited', value !== undefined)
  }
  void update()
})
if (edits.size > 0) void update()
else {
  status.textContent = 'the file’s values'
  root.dataset.live = 'ready'
}
