// One import per subcommand; each file calls registerCommand().
export {};
