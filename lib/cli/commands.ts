// One import per subcommand; each file calls registerCommand().
import './spf-command';
export {};
