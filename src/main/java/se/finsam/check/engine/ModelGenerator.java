package se.finsam.check.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Build step (run by Maven in process-classes, never at run time): compiles rules/*.drl to the Drools executable
 * model and writes its classes, and the list of its model classes ({@link RuleBase#MODEL_LIST}), into the build
 * output. Loading the model takes a fraction of compiling the DRL at every start.
 */
public final class ModelGenerator {

    private ModelGenerator() {
    }

    /** args: the rules folder, the class output folder. */
    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path out = Path.of(args[1]);
        KieServices ks = KieServices.get();
        KieFileSystem files = ks.newKieFileSystem();
        try (Stream<Path> drl = Files.list(rules)) {
            for (Path p : drl.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files.write("src/main/resources/rules/" + p.getFileName(), Files.readString(p));
            }
        }
        KieBuilder builder = ks.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            errors.forEach(m -> System.err.println(m.getPath() + ":" + m.getLine() + ": " + m.getText()));
            System.exit(1);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        StringBuilder models = new StringBuilder();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = out.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
            } else if (name.endsWith("/drools-model")) {
                // the model classes, after a version line
                new String(module.getBytes(name), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.contains(":")).forEach(l -> models.append(l.strip()).append('\n'));
            }
        }
        Path list = out.resolve(RuleBase.MODEL_LIST);
        Files.createDirectories(list.getParent());
        Files.writeString(list, models.toString());
    }
}
