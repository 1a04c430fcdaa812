export { findPersonRef } from './people.repository'
