export { type AddUserInput, addUserSchema } from './access.schema'
export { type AccessService, createAccessService } from './access.service'
export { can, type Permission, requirePermission } from './permissions.rules'
