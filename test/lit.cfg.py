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
