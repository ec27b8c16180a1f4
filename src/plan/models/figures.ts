/**
 * The per-technology model figures of data/technology-models.yaml (compiled
 * at build into ../generated/technology-models.js), each with its source.
 */
export interface ModelFigure {
  readonly value: number
  readonly unit: 'B' | 'count' | 's' | 'req/s'
  readonly source: string
}

export interface TechnologyModels {
  readonly redis: {readonly perKeyOverheadBytes: ModelFigure; readonly keyBytes: ModelFigure}
  readonly postgresql: {readonly maxConnections: ModelFigure; readonly queryTime: ModelFigure}
  readonly cassandra: {
    readonly partitionBytesLimit: ModelFigure
    readonly partitionCellsLimit: ModelFigure
    readonly rowOverheadBytes: ModelFigure
    readonly cellOverheadBytes: ModelFigure
  }
}
