// One binary; the role comes from the command: serve | worker | migrate | seed | user | token | ...
import { runCli } from './cli/program'

process.exitCode = await runCli(process.argv)
