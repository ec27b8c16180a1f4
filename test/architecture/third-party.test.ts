import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a build script in plain JavaScript, without declarations
import {licenceComment, licenceInReadme, noticesText, packageDirOf} from '../../scripts/third-party.mjs'
import {ROOT} from '../helpers/spec.js'

// The build lists every package it bundles into dist/ with its licence (scripts/third-party.mjs).

describe('the licences of bundled code', () => {
  it('finds a bundled input\'s package, scoped or nested, and none for our sources', () => {
    expect(packageDirOf('node_modules/yaml/dist/index.js')).toBe('node_modules/yaml')
    expect(packageDirOf('node_modules/@inquirer/core/dist/esm/index.js')).toBe('node_modules/@inquirer/core')
    expect(packageDirOf('node_modules/cli-table3/node_modules/string-width/index.js')).toBe('node_modules/cli-table3/node_modules/string-width')
    expect(packageDirOf('src/engine/estimate.ts')).toBeNull()
  })

  it('takes a README\'s licence section when the package ships no licence file, and nothing that grants nothing', () => {
    const readme = '# thing\n\nUsage.\n\nLICENSE (MIT)\n-------------\n\nCopyright 2019 Someone.\n\nPermission is hereby granted …\n'
    expect(licenceInReadme(readme)).toBe('LICENSE (MIT)\n-------------\n\nCopyright 2019 Someone.\n\nPermission is hereby granted …')
    expect(licenceInReadme('# thing\n\n## License\n\nSee the website.\n\n## More\n')).toBeNull()
    expect(licenceInReadme('# thing\n')).toBeNull()
  })

  it('writes a list, then each text; in the live page\'s comment a text cannot end the comment', () => {
    const packages = [{name: 'a', version: '1.0.0', licence: 'MIT', text: 'Copyright A. /* not a comment */'}]
    expect(noticesText(packages, ['Heading.'])).toBe(`Heading.\n\n  a 1.0.0 (MIT)\n\n${'-'.repeat(72)}\na 1.0.0 (MIT)\n${'-'.repeat(72)}\n\nCopyright A. /* not a comment */\n`)
    const comment = licenceComment(packages)
    expect(comment.startsWith('/*!\n')).toBe(true)
    expect(comment.indexOf('*/')).toBe(comment.length - 3)
  })

  it('the build wrote them: every bundled package with its text, mathjs with its NOTICE, and the live page\'s script starts with its own', () => {
    const notices = readFileSync(join(ROOT, 'dist/THIRD-PARTY-LICENSES.txt'), 'utf8')
    for (const name of ['ajv', 'chalk', 'cli-table3', 'handlebars', 'marked', 'mathjs', 'mermaid', 'yaml']) expect(notices).toMatch(new RegExp(`^  ${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'))
    // seedrandom keeps its MIT notice in its README; javascript-natural-sort ships none, and is listed by what it declares.
    expect(notices).toContain('Copyright 2019 David Bau.')
    expect(notices).toMatch(/javascript-natural-sort 0\.7\.1 \(MIT\)\n-+\n\nThe package ships no licence text; its package\.json declares the MIT licence/)
    expect(notices).toContain('Copyright (C) 2013-2026 Jos de Jong')
    const live = readFileSync(join(ROOT, 'dist/vendor/sizeup-live.js'), 'utf8')
    expect(live.startsWith("/*!\nsizeup's live page script bundles this third-party code")).toBe(true)
    expect(live).toMatch(/^ {2}marked \d/m)
    // Line ends as LF (some licence files have CRLF): a browser would read LF and the script's hash would not match.
    expect(notices).not.toContain('\r')
    expect(live.slice(0, live.indexOf('*/'))).not.toContain('\r')
  })
})
