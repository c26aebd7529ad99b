package dev.pmdrill.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;

/**
 * One sentence model in ONNX Runtime, through langchain4j's BERT encoder (its tokenizer, pooling
 * and normalisation). The session is made here rather than by langchain4j so its threads are fixed
 * at one: the same text then gives the same vector on every run, and the batch spreads answers, not
 * matrix products, over the cores. Only this class names ONNX Runtime or langchain4j, so a process
 * that never scores a {@code like} sentence never loads them.
 */
final class OnnxEncoder implements Encoder {
  private final Model model;

  private OnnxEncoder(Model model) {
    this.model = model;
  }

  static OnnxEncoder load(SentenceModel spec) throws IOException, OrtException {
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    OrtSession session = environment.createSession(resource(spec.resource()), options);
    try (InputStream tokenizer = stream(spec.tokenizer())) {
      OnnxBertBiEncoder encoder =
          new OnnxBertBiEncoder(
              environment,
              session,
              tokenizer,
              spec.meanPooling() ? PoolingMode.MEAN : PoolingMode.CLS);
      return new OnnxEncoder(new Model(encoder));
    }
  }

  @Override
  public float[] encode(String sentence) {
    return model.embed(sentence).content().vector();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream stream(String name) throws IOException {
    InputStream in = OnnxEncoder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("the model file " + name + " is not on the class path (target/lib)");
    }
    return in;
  }

  /** langchain4j's model frame around our encoder, embedding in the calling thread. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return null;
    }
  }
}
