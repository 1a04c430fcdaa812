export { type AuditEntry, type AuditLog, type AuditTarget, createAuditLog } from './audit.service'
