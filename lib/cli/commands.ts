// One import per subcommand; each file calls registerCommand().
import './spf-command';
import './analyze-command';
export {};
