# lit configuration for lttng-tidy's tests.
import os
import lit.formats

config.name = 'lttng-tidy'
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = ['.c', '.test']
config.excludes = ['Inputs', 'unit', 'integration']
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.lttng_tidy_build_dir, 'test')

config.environment['LTTNG_TIDY_PLUGIN'] = config.lttng_tidy_plugin
config.environment['LTTNG_TIDY_CLANG_TIDY'] = config.clang_tidy
config.environment['LTTNG_TIDY_FILECHECK'] = os.path.join(config.llvm_tools_dir, 'FileCheck')
config.environment['PATH'] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get('PATH', os.environ['PATH'])])

runner = os.path.join(config.test_source_root, 'check_lttng_tidy.py')
config.substitutions.append(('%check_lttng_tidy', '%s %s' % (config.python, runner)))
config.substitutions.append(('%clang_tidy', config.clang_tidy))
config.substitutions.append(('%lttng_plugin', config.lttng_tidy_plugin))
config.substitutions.append(('%lttng_tidy', config.lttng_tidy_tool))
config.substitutions.append(('%fake_kernel', os.path.join(config.test_source_root, 'Inputs', 'fake-kernel', 'include')))
config.substitutions.append(('%fake_lttng', os.path.join(config.test_source_root, 'Inputs', 'fake-lttng', 'include')))
config.substitutions.append(('%python', config.python))

import shutil
if shutil.which('clang-tidy-14'):
    config.available_features.add('clang-tidy-14')

# A sanitized build (cmake -DLTTNG_TIDY_SANITIZE=ON, docs/testing.md): the
# plugin and the tool take the ASan runtime (UBSan's included) from the
# shared library, preloaded into every command of every test: clang-tidy-19
# is not instrumented and dlopens the plugin, which needs it loaded first;
# FileCheck, python, sh and git simply run with it.
if config.lttng_tidy_sanitize:
    import glob
    import sys
    import types
    import lit.Test

    config.environment['LD_PRELOAD'] = config.asan_runtime
    # detect_leaks=0: clang-tidy and python leak by design at exit.
    # abort_on_error=1, halt_on_error=1: the first report ends the process
    # with a crash status, not with the tools' own exit 1. That is not
    # enough to fail a test (see SanitizedShTest below): the report files
    # are what does.
    # allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons a new slab and
    # unpoisons each allocation only in code compiled with ASan. Our copies
    # of its inline code (IdentifierTable::get from Preprocessor::
    # getIdentifierInfo, say) poison slabs that clang's uninstrumented
    # copies then allocate from without unpoisoning: a use-after-poison in
    # libclang-cpp's memcpy on every test that reads a mirror. Only these
    # annotations are ignored (nothing of ours poisons memory); heap, stack
    # and global checks stay.
    asan_options = ('detect_leaks=0:abort_on_error=1:halt_on_error=1:'
                    'allow_user_poisoning=0:'
                    'external_symbolizer_path=%s'
                    % os.path.join(config.llvm_tools_dir, 'llvm-symbolizer'))
    ubsan_options = 'print_stacktrace=1:halt_on_error=1'
    config.environment['ASAN_OPTIONS'] = asan_options
    config.environment['UBSAN_OPTIONS'] = ubsan_options

    class SanitizedShTest(lit.formats.ShTest):
        """Fails a test if any of its processes wrote a sanitizer report.

        Reports go to files (log_path), one directory per test, not to
        stderr: an exit status alone would not fail the test, since many
        RUN lines invert or ignore it ("not", "...; echo exit $?", the
        runner not checking clang-tidy's), and tests that match stderr
        see no sanitizer output.
        """

        def __init__(self, reports_root, asan_options, ubsan_options):
            super().__init__(execute_external=False)
            self.reports_root = reports_root
            self.asan_options = asan_options
            self.ubsan_options = ubsan_options

        def execute(self, test, lit_config):
            reports = os.path.join(self.reports_root, *test.path_in_suite)
            shutil.rmtree(reports, ignore_errors=True)
            os.makedirs(reports)
            env = test.config.environment
            saved = dict(env)
            log = ':log_path=' + os.path.join(reports, 'report')
            env['ASAN_OPTIONS'] = self.asan_options + log
            env['UBSAN_OPTIONS'] = self.ubsan_options + log
            try:
                result = super().execute(test, lit_config)
            finally:
                env.clear()
                env.update(saved)
            found = sorted(glob.glob(os.path.join(reports, 'report.*')))
            if not found:
                shutil.rmtree(reports, ignore_errors=True)
                return result
            for path in found:
                with open(path, errors='replace') as f:
                    result.output += '\n--- sanitizer report %s:\n%s' % (path, f.read())
            if result.code in (lit.Test.PASS, lit.Test.XFAIL, lit.Test.XPASS):
                result.code = lit.Test.FAIL
            return result

    # lit pickles the format into its worker processes, which look the
    # class up by module and name: give it a module of its own. The
    # workers are forked (Linux, Python 3.11) after this file is read, so
    # they have that module too.
    format_module = types.ModuleType('lttng_tidy_lit_format')
    SanitizedShTest.__module__ = format_module.__name__
    format_module.SanitizedShTest = SanitizedShTest
    sys.modules[format_module.__name__] = format_module
    config.test_format = SanitizedShTest(
        os.path.join(config.test_exec_root, 'sanitizer-reports'),
        asan_options, ubsan_options)
