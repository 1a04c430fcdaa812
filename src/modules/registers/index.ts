// Registers: flags on a person (RoSH, MAPPA, domestic abuse, complexity factors...).
import type { ServiceDeps } from '../deps'
import { createRegistersImport } from './registers.import'
import { createRegistersService as createFlagsService } from './registers.service'

export function createRegistersService(deps: ServiceDeps) {
  return { ...createFlagsService(deps), ...createRegistersImport(deps) }
}
export type RegistersService = ReturnType<typeof createRegistersService>

export type { RegisterImportItem } from './registers.import'
// For the people module's merge of two records (and its undoing).
export { reassignRegisters } from './registers.repository'
export {
  isActive,
  REGISTER_TYPE_CODES,
  REGISTER_TYPES,
  type RegisterType,
  type RegisterTypeCode,
} from './registers.rules'
export {
  deregisterInput,
  type Register,
  type RegisterInput,
  registerInput,
  registerOutput,
  registerUpdate,
} from './registers.schema'
