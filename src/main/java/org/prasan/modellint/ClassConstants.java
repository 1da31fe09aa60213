package org.prasan.modellint;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * The string constants of a compiled class, read from its bytecode without loading it. The
 * constants of a constants holder ({@code JointCaseProcess.VAR_LEAD_AGENCY}) are inlined into
 * every class that uses them, so this is what a delegate may read or write by name.
 */
final class ClassConstants {

  private ClassConstants() {
  }

  static Set<String> of(String className, ClassLoader classLoader) {
    String resource = className.replace('.', '/') + ".class";
    try (InputStream bytes = classLoader.getResourceAsStream(resource)) {
      if (bytes == null) {
        return Set.of();
      }
      Set<String> constants = new LinkedHashSet<>();
      new ClassReader(bytes).accept(new Collector(constants), ClassReader.SKIP_DEBUG);
      return constants;
    } catch (IOException unreadable) {
      return Set.of();
    }
  }

  private static final class Collector extends ClassVisitor {

    private final Set<String> constants;

    Collector(Set<String> constants) {
      super(Opcodes.ASM9);
      this.constants = constants;
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                                   Object value) {
      if (value instanceof String text) {
        constants.add(text);
      }
      return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public void visitLdcInsn(Object value) {
          if (value instanceof String text) {
            constants.add(text);
          }
        }
      };
    }
  }
}
