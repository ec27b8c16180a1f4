// The part of write-file-atomic's API sizeup uses (the package ships no types).
declare module 'write-file-atomic' {
  interface Options {
    /** The new file's mode; by default the replaced file's, or the umask's for a new file. */
    readonly mode?: number
    readonly fsync?: boolean
    readonly encoding?: BufferEncoding
  }
  function writeFileAtomic(path: string, data: string | Uint8Array, options?: Options): Promise<void>
  export default writeFileAtomic
}
