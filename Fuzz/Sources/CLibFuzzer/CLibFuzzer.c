// Empty: the module only declares libFuzzer's driver entry point, which `-sanitize=fuzzer` links in.
